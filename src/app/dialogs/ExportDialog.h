#pragma once

#include "cache/RecordQuery.h"
#include "export/RecordExporter.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QPushButton;
class QThread;

namespace Ui {
class ExportDialog;
}

namespace nd {

// CSV or JSONL of the current filtered view or the whole model, written by a worker thread through
// QSaveFile (the file appears whole or not at all), with progress and cancel.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    // What each choice writes, known by the records browser: the filtered view's count, and the
    // model's live and deleted counts.
    struct Counts
    {
        qint64 view = 0;
        qint64 live = 0;
        qint64 deleted = 0;
    };
    ExportDialog(const RecordQuery &view, const Counts &counts, const QString &label,
                 QWidget *parent = nullptr);
    // The cache to read (default: this computer's file).
    void setCache(const QString &location, const QByteArray &password);
    ~ExportDialog() override;

    ExportOptions options() const;
    // The records the chosen scope selects.
    RecordQuery query() const;
    qint64 chosenCount() const;

public Q_SLOTS:
    // Keeps the separator and the byte-order mark for next time (done when an export starts).
    void rememberChoices() const;
    // Starts writing to `path` (the Export button asks for it through the Prompter).
    void startExport(const QString &path);
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

protected:
    void reject() override;

private:
    void onProgress(qint64 done, qint64 total);
    void onDone(const ExportResult &result, const QString &path);
    void updateHeadline();

    std::unique_ptr<Ui::ExportDialog> m_ui;
    RecordQuery m_view;
    Counts m_counts;
    QString m_label;
    QString m_cacheLocation;
    QByteArray m_cachePassword;
    QPushButton *m_exportButton;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace nd
