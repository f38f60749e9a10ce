#pragma once

#include <QByteArray>
#include <QString>

namespace nangosim {

// Writes compact JSON text straight into a buffer. The simulator builds record pages with it
// because it is several times faster than assembling QJsonObjects for a million records.
class SimJsonWriter
{
public:
    explicit SimJsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void beginObject()
    {
        separator();
        m_out += '{';
        m_first = true;
    }
    void endObject()
    {
        m_out += '}';
        m_first = false;
    }
    void beginArray()
    {
        separator();
        m_out += '[';
        m_first = true;
    }
    void endArray()
    {
        m_out += ']';
        m_first = false;
    }

    void key(const char *name);
    void value(const QByteArray &utf8);
    void value(const QString &text) { value(text.toUtf8()); }
    void value(const char *utf8) { value(QByteArray(utf8)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();
    // Inserts already-serialised JSON (a nested document built elsewhere).
    void raw(const QByteArray &json);

    static void appendEscaped(QByteArray &out, const QByteArray &utf8);

private:
    void separator();

    QByteArray &m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace nangosim
