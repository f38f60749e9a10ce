#include "util/Timestamp.h"

#include <chrono>
#include <cstdio>

namespace nd::Timestamp {

namespace {

qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<qint64>(doe) - 719468;
}

class Reader
{
public:
    explicit Reader(QByteArrayView t)
        : m_t(t)
    {}
    bool digits(int n, int *out)
    {
        int v = 0;
        for (int i = 0; i < n; ++i) {
            if (m_pos >= m_t.size() || m_t[m_pos] < '0' || m_t[m_pos] > '9')
                return false;
            v = v * 10 + (m_t[m_pos++] - '0');
        }
        *out = v;
        return true;
    }
    bool take(char c)
    {
        if (m_pos < m_t.size() && m_t[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool atDigit() const { return m_pos < m_t.size() && m_t[m_pos] >= '0' && m_t[m_pos] <= '9'; }
    char peek() const { return m_pos < m_t.size() ? m_t[m_pos] : '\0'; }
    bool done() const { return m_pos == m_t.size(); }

private:
    QByteArrayView m_t;
    qsizetype m_pos = 0;
};

} // namespace

std::optional<qint64> parseMicros(QByteArrayView text)
{
    Reader r(text);
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!r.digits(4, &year) || !r.take('-') || !r.digits(2, &month) || !r.take('-') || !r.digits(2, &day))
        return std::nullopt;
    if (!r.take('T') && !r.take(' '))
        return std::nullopt;
    if (!r.digits(2, &hour) || !r.take(':') || !r.digits(2, &minute))
        return std::nullopt;
    if (r.take(':') && !r.digits(2, &second))
        return std::nullopt;
    qint64 micro = 0;
    if (r.take('.')) {
        int count = 0;
        while (r.atDigit()) {
            int d = 0;
            r.digits(1, &d);
            if (count < 6)
                micro = micro * 10 + d;
            ++count;
        }
        if (count == 0)
            return std::nullopt;
        for (int i = count; i < 6; ++i)
            micro *= 10;
    }
    int offsetMinutes = 0;
    if (r.take('Z') || r.take('z')) {
        // UTC
    } else if (r.peek() == '+' || r.peek() == '-') {
        const bool negative = r.peek() == '-';
        r.take(negative ? '-' : '+');
        int oh = 0, om = 0;
        if (!r.digits(2, &oh))
            return std::nullopt;
        if (r.take(':')) {
            if (!r.digits(2, &om))
                return std::nullopt;
        } else if (r.atDigit() && !r.digits(2, &om)) {
            return std::nullopt;
        }
        offsetMinutes = (oh * 60 + om) * (negative ? -1 : 1);
    } else {
        return std::nullopt; // a time without an offset is ambiguous
    }
    if (!r.done() || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 ||
        second > 60)
        return std::nullopt;
    const qint64 days = daysFromCivil(year, unsigned(month), unsigned(day));
    const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - qint64(offsetMinutes) * 60;
    return secs * 1000000 + micro;
}

QByteArray toIsoMicros(qint64 us)
{
    const QDateTime dt =
        QDateTime::fromSecsSinceEpoch(us >= 0 ? us / 1000000 : (us - 999999) / 1000000, Qt::UTC);
    qint64 micro = us % 1000000;
    if (micro < 0)
        micro += 1000000;
    char frac[16];
    std::snprintf(frac, sizeof frac, ".%06lldZ", static_cast<long long>(micro));
    return dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + frac;
}

QDateTime toDateTime(qint64 us)
{
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

qint64 nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

} // namespace nd::Timestamp
