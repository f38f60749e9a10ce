#include "util/Frequency.h"

#include <QHash>
#include <QRegularExpression>

namespace nd::Frequency {

using namespace Qt::StringLiterals;

Check validate(const QString &text)
{
    static const QRegularExpression grammar(
        u"^(every )?((\\d+)?\\s?(s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)|(month|week|half day|half hour|quarter hour))$"_s);
    Check c;
    if (!grammar.match(text).hasMatch()) {
        c.problem = QStringLiteral(
            "Write it as Nango does: \"every 30 minutes\", \"every 2h\", \"1d\", \"every half hour\".");
        return c;
    }
    static const QHash<QString, qint64> phrases{{u"every half day"_s, 12 * 3600000LL},
                                                {u"every half hour"_s, 30 * 60000LL},
                                                {u"every quarter hour"_s, 15 * 60000LL},
                                                {u"every hour"_s, 3600000LL},
                                                {u"every day"_s, 86400000LL},
                                                {u"every month"_s, 30 * 86400000LL},
                                                {u"every week"_s, 7 * 86400000LL}};
    if (phrases.contains(text)) {
        c.ok = true;
        c.milliseconds = phrases.value(text);
        return c;
    }
    // Nango strips "every " and reads the rest with the `ms` package, which needs a number.
    static const QRegularExpression amount(u"^(\\d+)\\s?([a-z]+)$"_s);
    const auto m = amount.match(QString(text).remove(u"every "_s));
    if (!m.hasMatch()) {
        c.problem = QStringLiteral("Give a number with the unit, e.g. \"every 2 hours\".");
        return c;
    }
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    qint64 factor = 1000;
    if (unit.startsWith(u'm'))
        factor = 60000;
    else if (unit.startsWith(u'h'))
        factor = 3600000;
    else if (unit.startsWith(u'd'))
        factor = 86400000;
    c.milliseconds = n * factor;
    if (c.milliseconds < 30000) {
        c.problem = QStringLiteral("Nango runs a sync at most every 30 seconds.");
        return c;
    }
    c.ok = true;
    return c;
}

} // namespace nd::Frequency
