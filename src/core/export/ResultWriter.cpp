#include "export/ResultWriter.h"

#include "export/RecordExporter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>

#include <cmath>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr int kBlock = 1000;

QJsonValue jsonValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        return QJsonValue::Null;
    case QMetaType::LongLong:
        return QJsonValue(v.toLongLong());
    case QMetaType::Double: {
        const double d = v.toDouble();
        return std::isfinite(d) ? QJsonValue(d) : QJsonValue(QJsonValue::Null);
    }
    case QMetaType::Bool:
        return QJsonValue(v.toBool());
    case QMetaType::QByteArray:
        return QJsonValue(QString::fromUtf8(v.toByteArray()));
    default:
        return QJsonValue(v.toString());
    }
}

} // namespace

ResultWriter::ResultWriter(QIODevice *out, Format format, bool formulaGuard)
    : m_out(out)
    , m_format(format)
    , m_guard(formulaGuard)
{}

QString ResultWriter::displayText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::QByteArray:
        return QString::fromUtf8(value.toByteArray());
    default:
        return value.toString();
    }
}

void ResultWriter::begin(const QStringList &columns)
{
    m_rows = 0;
    m_keys.clear();
    QSet<QString> seen;
    for (const QString &c : columns) {
        QString key = c;
        for (int n = 2; seen.contains(key); ++n)
            key = u"%1_%2"_s.arg(c).arg(n);
        seen.insert(key);
        m_keys << key;
    }
    if (m_format == Format::Json) {
        m_out->write("[");
        return;
    }
    QByteArray line;
    for (int i = 0; i < columns.size(); ++i) {
        if (i)
            line += ',';
        line += RecordExporter::csvCell(columns.at(i).toUtf8(), ',', true, m_guard);
    }
    m_out->write(line + "\r\n");
}

void ResultWriter::write(const QList<QVariantList> &rows)
{
    QByteArray buffer;
    for (const QVariantList &row : rows) {
        if (m_format == Format::Json) {
            QJsonObject object;
            for (int i = 0; i < row.size() && i < m_keys.size(); ++i)
                object.insert(m_keys.at(i), jsonValue(row.at(i)));
            buffer += m_rows ? ",\n" : "\n";
            buffer += QJsonDocument(object).toJson(QJsonDocument::Compact);
        } else {
            for (int i = 0; i < row.size(); ++i) {
                if (i)
                    buffer += ',';
                const QVariant &v = row.at(i);
                const bool text = v.typeId() == QMetaType::QString || v.typeId() == QMetaType::QByteArray;
                buffer += RecordExporter::csvCell(displayText(v).toUtf8(), ',', text, m_guard);
            }
            buffer += "\r\n";
        }
        ++m_rows;
    }
    m_out->write(buffer);
}

void ResultWriter::end()
{
    if (m_format == Format::Json)
        m_out->write(m_rows ? "\n]\n" : "]\n");
}

bool ResultWriter::run(QueryConsole &console, const QString &sql, ResultWriter &writer, ConsoleError *error,
                       const std::function<bool(qint64)> &progress)
{
    std::unique_ptr<ConsoleCursor> cursor = console.run(sql, error);
    if (!cursor)
        return false;
    writer.begin(cursor->columns());
    while (!cursor->atEnd()) {
        QList<QVariantList> rows;
        if (!cursor->fetch(kBlock, &rows, error))
            return false;
        writer.write(rows);
        if (progress && !progress(writer.rows())) {
            *error = {ConsoleError::Kind::Cancelled, QueryConsole::tr("Cancelled.")};
            return false;
        }
    }
    writer.end();
    return true;
}

} // namespace nd
