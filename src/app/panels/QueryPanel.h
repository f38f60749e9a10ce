#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace nd {

class AppContext;
class ConsoleModel;
class ConsoleRunner;

// The SQL console: a person's own questions of the cache, in SQL, over documented views. It reads
// on a connection of its own that cannot write (a writing statement is refused with a message);
// rows come a block at a time as the table scrolls; the result exports to CSV. Examples, saved
// queries and the last queries run are a click away.
class QueryPanel : public QWidget
{
    Q_OBJECT
public:
    QueryPanel(AppContext *context, QWidget *parent = nullptr);
    ~QueryPanel() override;

    ConsoleModel *model() const { return m_model; }
    // Puts `sql` in the editor and runs it (the Run button; tests and the examples).
    void runQuery(const QString &sql);
    QString statusText() const;

private:
    void run();
    void describeViews();
    void cancel();
    void exportResult();
    void onStarted(quint64 statement, const QStringList &columns);
    void onRows(quint64 statement, const QList<QVariantList> &rows, bool atEnd, qint64 elapsedMs);
    void onFailed(quint64 statement, int kind, const QString &message);
    void onClosedIdle(quint64 statement);
    void setRunning(bool running);
    void say(const QString &text, bool error = false);
    void remember(const QString &sql);
    void fillHistoryMenu();
    void fillSavedMenu();
    void saveQuery();
    QString currentSql() const;

    AppContext *m_context;
    ConsoleRunner *m_runner;
    ConsoleModel *m_model;
    QPlainTextEdit *m_editor;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QPushButton *m_export;
    QToolButton *m_examples;
    QToolButton *m_saved;
    QToolButton *m_history;
    QSpinBox *m_timeLimit;
    QLabel *m_views;
    QLabel *m_status;
    QTableView *m_table;
    QString m_lastSql; // the statement the rows shown belong to
    quint64 m_statement = 0;
    quint64 m_exportFor = 0; // the statement whose rows the running export writes
    QElapsedTimer m_clock;
};

} // namespace nd
