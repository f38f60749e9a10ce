#include "models/ConsoleModel.h"

#include "export/ResultWriter.h"

#include <QColor>
#include <QFont>
#include <QPalette>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kCellChars = 200;     // a cell shows the start of a long value
constexpr qsizetype kTooltipChars = 4000; // the tooltip more of it

bool isNumber(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Double;
}

} // namespace

void ConsoleModel::reset(quint64 statement, const QStringList &columns)
{
    beginResetModel();
    m_statement = statement;
    m_columns = columns;
    m_rows.clear();
    m_atEnd = false;
    m_fetching = true; // the first block is on its way
    endResetModel();
}

void ConsoleModel::clear()
{
    beginResetModel();
    m_statement = 0;
    m_columns.clear();
    m_rows.clear();
    m_atEnd = true;
    m_fetching = false;
    endResetModel();
}

void ConsoleModel::append(quint64 statement, const QList<QVariantList> &rows, bool atEnd)
{
    if (statement != m_statement)
        return;
    m_fetching = false;
    m_atEnd = atEnd;
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows.append(rows);
    endInsertRows();
}

int ConsoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConsoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant ConsoleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QVariant v = m_rows.at(index.row()).value(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        if (!v.isValid())
            return u"NULL"_s;
        const QString text = ResultWriter::displayText(v);
        return text.size() > kCellChars ? text.left(kCellChars) + u'…' : text;
    }
    case Qt::EditRole:
        return v;
    case Qt::ToolTipRole: {
        if (!v.isValid())
            return tr("NULL: no value");
        const QString text = ResultWriter::displayText(v);
        return text.size() > kCellChars ? text.left(kTooltipChars) : QVariant();
    }
    case Qt::TextAlignmentRole:
        return isNumber(v) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return v.isValid() ? QVariant() : QVariant(QPalette().color(QPalette::Disabled, QPalette::Text));
    case Qt::FontRole: {
        if (v.isValid())
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    default:
        return {};
    }
}

QVariant ConsoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_columns.value(section);
}

bool ConsoleModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching && m_statement != 0;
}

void ConsoleModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    Q_EMIT moreWanted(m_statement);
}

} // namespace nd
