#include "SimJsonWriter.h"

#include <cstdio>

namespace nangosim {

void SimJsonWriter::separator()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void SimJsonWriter::key(const char *name)
{
    separator();
    m_out += '"';
    m_out += name;
    m_out += "\":";
    m_afterKey = true;
}

void SimJsonWriter::appendEscaped(QByteArray &out, const QByteArray &utf8)
{
    out += '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", u);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void SimJsonWriter::value(const QByteArray &utf8)
{
    separator();
    appendEscaped(m_out, utf8);
}

void SimJsonWriter::value(qint64 number)
{
    separator();
    m_out += QByteArray::number(number);
}

void SimJsonWriter::value(double number)
{
    separator();
    m_out += QByteArray::number(number, 'g', 15);
}

void SimJsonWriter::value(bool flag)
{
    separator();
    m_out += flag ? "true" : "false";
}

void SimJsonWriter::null()
{
    separator();
    m_out += "null";
}

void SimJsonWriter::raw(const QByteArray &json)
{
    separator();
    m_out += json;
}

} // namespace nangosim
