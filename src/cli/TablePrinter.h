#pragma once

#include <QList>
#include <QStringList>
#include <QTextStream>

namespace nd {

// A plain-text table whose columns are as wide as their widest cell (the last one is not padded),
// so long connection ids, sync names and timestamps are never cut.
class TablePrinter
{
public:
    explicit TablePrinter(QStringList headers);
    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    void print(QTextStream &out) const;

private:
    QStringList m_headers;
    QList<QStringList> m_rows;
};

} // namespace nd
