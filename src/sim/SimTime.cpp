#include "SimTime.h"

#include <QRegularExpression>
#include <QString>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace nangosim::SimTime {

namespace {

constexpr qint64 kUsPerSecond = 1000000;

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

struct Civil
{
    int year, month, day, hour, minute, second, micro;
};

Civil toCivil(qint64 us)
{
    qint64 secs = us / kUsPerSecond;
    qint64 micro = us % kUsPerSecond;
    if (micro < 0) {
        micro += kUsPerSecond;
        secs -= 1;
    }
    qint64 days = secs / 86400;
    qint64 rem = secs % 86400;
    if (rem < 0) {
        rem += 86400;
        days -= 1;
    }
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 y = static_cast<qint64>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {int(y + (m <= 2)),    int(m),        int(d),    int(rem / 3600),
            int(rem % 3600 / 60), int(rem % 60), int(micro)};
}

} // namespace

qint64 nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

QByteArray postgresJson(qint64 us, int offsetMinutes)
{
    const Civil c = toCivil(us + qint64(offsetMinutes) * 60 * kUsPerSecond);
    char buf[64];
    int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day, c.hour,
                          c.minute, c.second);
    if (c.micro != 0) {
        char frac[8];
        std::snprintf(frac, sizeof frac, "%06d", c.micro);
        int len = 6;
        while (len > 0 && frac[len - 1] == '0')
            --len;
        frac[len] = '\0';
        n += std::snprintf(buf + n, sizeof buf - size_t(n), ".%s", frac);
    }
    const int absOffset = offsetMinutes < 0 ? -offsetMinutes : offsetMinutes;
    std::snprintf(buf + n, sizeof buf - size_t(n), "%c%02d:%02d", offsetMinutes < 0 ? '-' : '+',
                  absOffset / 60, absOffset % 60);
    return QByteArray(buf);
}

QByteArray jsIso(qint64 us)
{
    const Civil c = toCivil(us);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year, c.month, c.day, c.hour,
                  c.minute, c.second, c.micro / 1000);
    return QByteArray(buf);
}

namespace {

std::optional<qint64> fromParts(const QRegularExpressionMatch &m, int offsetMinutes)
{
    const int year = m.captured(1).toInt();
    const int month = m.captured(2).toInt();
    const int day = m.captured(3).toInt();
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).isEmpty() ? 0 : m.captured(6).toInt();
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    QString frac = m.captured(7);
    qint64 micro = 0;
    if (!frac.isEmpty()) {
        frac = frac.left(6).leftJustified(6, u'0');
        micro = frac.toLongLong();
    }
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - qint64(offsetMinutes) * 60;
    return secs * kUsPerSecond + micro;
}

} // namespace

std::optional<qint64> parseWithOffset(const QByteArray &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(Z|[+-]\d{2}:\d{2})$)"));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return std::nullopt;
    int offset = 0;
    const QString tz = m.captured(8);
    if (tz != u"Z") {
        offset = tz.mid(1, 2).toInt() * 60 + tz.mid(4, 2).toInt();
        if (tz.at(0) == u'-')
            offset = -offset;
    }
    return fromParts(m, offset);
}

std::optional<qint64> parseZodDatetime(const QByteArray &text)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?Z$)"));
    const auto m = re.match(QString::fromLatin1(text));
    if (!m.hasMatch())
        return std::nullopt;
    return fromParts(m, 0);
}

} // namespace nangosim::SimTime
