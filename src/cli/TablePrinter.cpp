#include "TablePrinter.h"

#include <algorithm>

namespace nd {

TablePrinter::TablePrinter(QStringList headers)
    : m_headers(std::move(headers))
{}

void TablePrinter::addRow(QStringList cells)
{
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TablePrinter::print(QTextStream &out) const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(int(h.size()));
    for (const QStringList &row : m_rows)
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = std::max(widths[c], int(row.at(c).size()));
    auto line = [&](const QStringList &cells) {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            const bool last = c + 1 == widths.size();
            text += last ? cells.at(c) : cells.at(c).leftJustified(widths[c] + 2, u' ');
        }
        // Trailing spaces only: an empty first cell keeps the columns in place.
        qsizetype end = text.size();
        while (end > 0 && text.at(end - 1) == u' ')
            --end;
        out << QStringView(text).left(end) << '\n';
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
    out.flush();
}

} // namespace nd
