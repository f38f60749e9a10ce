#pragma once

#include "cache/RecordHistory.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nd {

class TableModel;

// A record's History tab: its versions (newest first) with how many fields each changed, the chosen
// version's changes (field, old, new), and a button that shows the record as it was then.
class RecordHistoryView : public QWidget
{
    Q_OBJECT
public:
    explicit RecordHistoryView(QWidget *parent = nullptr);

    // The record (of that stream) whose versions are being read; an empty id shows nothing.
    void setLoading(qint64 streamId, const QString &recordId);
    void setVersions(qint64 streamId, const QString &recordId, const QList<RecordVersion> &versions);
    qint64 streamId() const { return m_streamId; }
    QString recordId() const { return m_recordId; }
    TableModel *versions() const { return m_versionsModel; }
    TableModel *changes() const { return m_changesModel; }
    void selectVersion(int row); // row of the versions table (0: the newest)

Q_SIGNALS:
    // "Show the record as it was": the version's whole payload and a caption for it.
    void showVersion(const QByteArray &payload, const QString &caption);

private:
    void onVersionChosen();

    qint64 m_streamId = 0;
    QString m_recordId;
    QList<RecordVersion> m_list; // newest first, as the table shows them
    QLabel *m_note;
    TableModel *m_versionsModel;
    TableModel *m_changesModel;
    QTableView *m_versionsView;
    QTableView *m_changesView;
    QPushButton *m_show;
};

} // namespace nd
