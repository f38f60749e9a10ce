#pragma once

#include <QList>
#include <QPair>
#include <QStringList>
#include <QWidget>

class QHBoxLayout;

namespace nd {

// "field contains …" conditions on the records browser, one per chosen field, as many as wanted.
class FieldFilters : public QWidget
{
    Q_OBJECT
public:
    explicit FieldFilters(QWidget *parent = nullptr);

    void setFields(const QStringList &fields);
    QList<QPair<QString, QString>> filters() const;
    void clear();
    // Adds a condition row; returns its index (tests).
    int addFilter();
    void setFilter(int row, const QString &field, const QString &text);

Q_SIGNALS:
    void changed();

private:
    QHBoxLayout *m_rows;
    QStringList m_fields;
};

} // namespace nd
