#include "panels/QueryPanel.h"

#include "AppContext.h"
#include "ConsoleRunner.h"
#include "Prompter.h"
#include "cache/QueryConsole.h"
#include "cache/Store.h"
#include "models/ConsoleModel.h"
#include "panels/PanelUtil.h"
#include "widgets/WidgetUtil.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHistorySize = 30;
const QString kHistoryKey = u"sqlConsole/history"_s;
const QString kSavedKey = u"sqlConsole/saved"_s;

QString oneLine(const QString &sql)
{
    QString line = sql.simplified();
    return line.size() > 80 ? line.left(79) + u'…' : line;
}

QToolButton *menuButton(QWidget *parent, const QString &objectName, const QString &text, const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setMenu(new QMenu(button));
    return button;
}

} // namespace

QueryPanel::QueryPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_runner(new ConsoleRunner(this))
    , m_model(new ConsoleModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>SQL console</b> — ask the cache your own questions. It only reads: a "
                                "statement that would change anything is refused, and the cache stays as it "
                                "was."),
                             this);
    title->setWordWrap(true);
    layout->addWidget(title);
    m_views = new QLabel(this);
    m_views->setObjectName(u"sqlViews"_s);
    m_views->setWordWrap(true);
    m_views->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_views);

    m_editor = makeCodeEditor(this, u"sqlEditor"_s, tr("SQL statement"));
    m_editor->setPlaceholderText(
        tr("SELECT model, count(*) AS records FROM live_records GROUP BY model;\n\nCtrl+Enter runs the "
           "statement (or the selected text). Examples lists questions to start from."));

    auto *buttons = new QHBoxLayout;
    m_run =
        makeButton(this, u"sqlRun"_s, tr("&Run"), tr("Run the statement, or the selected text (Ctrl+Enter)"));
    m_cancel = makeButton(this, u"sqlCancel"_s, tr("Cance&l"), tr("Stop the statement that runs"));
    m_cancel->setEnabled(false);
    m_examples = menuButton(this, u"sqlExamples"_s, tr("E&xamples"), tr("Questions to start from"));
    m_saved = menuButton(this, u"sqlSaved"_s, tr("&Saved"), tr("Saved queries"));
    m_history = menuButton(this, u"sqlHistory"_s, tr("Recen&t"), tr("The statements run lately"));
    auto *limitLabel = new QLabel(tr("Time limit:"), this);
    m_timeLimit = new QSpinBox(this);
    m_timeLimit->setObjectName(u"sqlTimeLimit"_s);
    m_timeLimit->setAccessibleName(tr("Time limit in seconds"));
    m_timeLimit->setRange(1, 3600);
    m_timeLimit->setValue(30);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setToolTip(tr("A statement that works longer than this without an answer is stopped"));
    limitLabel->setBuddy(m_timeLimit);
    m_export = makeButton(this, u"sqlExport"_s, tr("Export CS&V…"),
                          tr("Write every row of the result (not only those shown) to a CSV file"));
    m_export->setEnabled(false);
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_examples);
    buttons->addWidget(m_saved);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    buttons->addWidget(limitLabel);
    buttons->addWidget(m_timeLimit);
    buttons->addWidget(m_export);

    m_status = new QLabel(this);
    m_status->setObjectName(u"sqlStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table = makeTable(this, u"sqlResult"_s, tr("Result"));
    m_table->setSortingEnabled(false); // the statement's ORDER BY is the order
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->verticalHeader()->setVisible(true);
    m_table->horizontalHeader()->setStretchLastSection(false); // a number stays beside its row
    m_table->setModel(m_model);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_editor);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_status);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({230, 500});
    layout->addWidget(splitter, 1);

    connect(m_examples->menu(), &QMenu::aboutToShow, this, [this]() {
        QMenu *menu = m_examples->menu();
        menu->clear();
        const bool pg = Store::isPostgres(m_context->cacheLocation());
        for (const QueryConsole::Example &e :
             QueryConsole::examples(pg ? SqlDialect::Postgres : SqlDialect::Sqlite)) {
            QAction *a = menu->addAction(e.title);
            a->setToolTip(e.sql);
            connect(a, &QAction::triggered, this, [this, sql = e.sql]() { runQuery(sql); });
        }
    });
    connect(m_history->menu(), &QMenu::aboutToShow, this, &QueryPanel::fillHistoryMenu);
    connect(m_saved->menu(), &QMenu::aboutToShow, this, &QueryPanel::fillSavedMenu);
    connect(m_run, &QPushButton::clicked, this, &QueryPanel::run);
    connect(m_cancel, &QPushButton::clicked, this, &QueryPanel::cancel);
    connect(m_export, &QPushButton::clicked, this, &QueryPanel::exportResult);
    for (const QKeySequence &key : {QKeySequence(u"Ctrl+Return"_s), QKeySequence(u"Ctrl+Enter"_s)}) {
        auto *shortcut = new QShortcut(key, m_editor);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, &QueryPanel::run);
    }
    connect(m_runner, &ConsoleRunner::started, this, &QueryPanel::onStarted);
    connect(m_runner, &ConsoleRunner::rowsReady, this, &QueryPanel::onRows);
    connect(m_runner, &ConsoleRunner::failed, this, &QueryPanel::onFailed);
    connect(m_runner, &ConsoleRunner::closedIdle, this, &QueryPanel::onClosedIdle);
    connect(m_runner, &ConsoleRunner::exported, this, [this](bool ok, qint64 rows, const QString &message) {
        if (m_statement != m_exportFor)
            return; // another statement ran since: it stopped the export, and has the status line
        setRunning(false);
        say(ok ? tr("Exported %Ln row(s) to %1.", nullptr, rows).arg(message) : message, !ok);
    });
    connect(m_model, &ConsoleModel::moreWanted, this, [this](quint64 statement) {
        m_clock.start();
        m_runner->fetchMore(statement, ConsoleRunner::kBlock);
    });

    describeViews();
}

void QueryPanel::describeViews()
{
    const bool pg = Store::isPostgres(m_context->cacheLocation());
    m_views->setText(tr("Views: %1. Payloads are JSON: %2.")
                         .arg(QueryConsole::views().join(u", "_s),
                              pg ? tr("payload->>'field' and the json functions (PostgreSQL)")
                                 : tr("json_extract(payload, '$.field') and json_each(payload) (SQLite)")));
}

QueryPanel::~QueryPanel() = default;

QString QueryPanel::statusText() const
{
    return m_status->text();
}

QString QueryPanel::currentSql() const
{
    QString selected = m_editor->textCursor().selectedText();
    // QTextCursor gives paragraph separators for the line ends of a selection.
    return selected.trimmed().isEmpty() ? m_editor->toPlainText()
                                        : selected.replace(QChar::ParagraphSeparator, u'\n');
}

void QueryPanel::runQuery(const QString &sql)
{
    m_editor->setPlainText(sql);
    run();
}

void QueryPanel::run()
{
    const QString sql = currentSql().trimmed();
    if (sql.isEmpty()) {
        say(tr("Write a statement first, or pick one from Examples."), true);
        return;
    }
    m_lastSql = sql;
    remember(sql);
    describeViews(); // the profile, and with it the cache, may have changed
    m_model->clear();
    m_export->setEnabled(false);
    setRunning(true);
    say(tr("Running…"));
    m_clock.start();
    m_statement = m_runner->run(m_context->cacheLocation(), m_context->cachePassword(), sql,
                                m_timeLimit->value() * 1000);
}

void QueryPanel::cancel()
{
    m_runner->cancel();
    m_model->stop();
    setRunning(false);
    if (m_model->columnCount() > 0)
        say(tr("Stopped at %Ln row(s).", nullptr, m_model->rowCount()));
    else
        say(tr("Cancelled."));
}

void QueryPanel::exportResult()
{
    if (m_lastSql.isEmpty())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = Prompter::instance().saveFileName(this, tr("Export the result"),
                                                           dir + u"/query.csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    m_model->stop(); // exporting ends the open statement: no more blocks come for the table
    m_exportFor = m_statement;
    setRunning(true);
    say(tr("Exporting…"));
    m_runner->exportCsv(m_context->cacheLocation(), m_context->cachePassword(), m_lastSql,
                        m_timeLimit->value() * 1000, path);
}

void QueryPanel::onStarted(quint64 statement, const QStringList &columns)
{
    if (statement != m_statement)
        return;
    m_model->reset(statement, columns);
}

void QueryPanel::onRows(quint64 statement, const QList<QVariantList> &rows, bool atEnd, qint64 elapsedMs)
{
    if (statement != m_statement)
        return;
    const bool first = m_model->rowCount() == 0;
    m_model->append(statement, rows, atEnd);
    if (first)
        fitColumnsOnFirstRows(m_table);
    setRunning(false);
    m_export->setEnabled(true);
    const QString shown = QLocale().toString(m_model->rowCount());
    const qint64 ms = qMax(elapsedMs, m_clock.elapsed());
    if (atEnd)
        say(tr("%1 row(s) in %2 ms.").arg(shown).arg(ms));
    else
        say(tr("The first %1 rows in %2 ms; more load as you scroll.").arg(shown).arg(ms));
}

void QueryPanel::onFailed(quint64 statement, int kind, const QString &message)
{
    if (statement != m_statement)
        return;
    m_model->stop();
    setRunning(false);
    if (ConsoleError::Kind(kind) == ConsoleError::Kind::Cancelled) {
        say(tr("Cancelled.")); // by the button, or by a cancel that reached the server late
        return;
    }
    if (m_model->rowCount() > 0)
        say(tr("Stopped after %Ln row(s): %1", nullptr, m_model->rowCount()).arg(message), true);
    else
        say(message, true);
}

void QueryPanel::onClosedIdle(quint64 statement)
{
    if (statement != m_statement)
        return;
    m_model->stop();
    say(tr("Showing the first %Ln row(s). The statement was ended after a minute without scrolling, so "
           "that it does not hold the cache back; run it again for more, or export every row to CSV.",
           nullptr, m_model->rowCount()));
}

void QueryPanel::setRunning(bool running)
{
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void QueryPanel::say(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #c62828;"_s : QString());
}

void QueryPanel::remember(const QString &sql)
{
    QSettings settings;
    QStringList history = settings.value(kHistoryKey).toStringList();
    history.removeAll(sql);
    history.prepend(sql);
    settings.setValue(kHistoryKey, history.mid(0, kHistorySize));
}

void QueryPanel::fillHistoryMenu()
{
    QMenu *menu = m_history->menu();
    menu->clear();
    const QStringList history = QSettings().value(kHistoryKey).toStringList();
    if (history.isEmpty())
        menu->addAction(tr("No statement run yet"))->setEnabled(false);
    for (const QString &sql : history) {
        QAction *a = menu->addAction(oneLine(sql));
        a->setToolTip(sql);
        connect(a, &QAction::triggered, this, [this, sql]() { m_editor->setPlainText(sql); });
    }
}

void QueryPanel::fillSavedMenu()
{
    QMenu *menu = m_saved->menu();
    menu->clear();
    connect(menu->addAction(tr("Save this statement…")), &QAction::triggered, this, &QueryPanel::saveQuery);
    QSettings settings;
    settings.beginGroup(kSavedKey);
    const QStringList names = settings.childKeys();
    if (!names.isEmpty())
        menu->addSeparator();
    for (const QString &name : names) {
        const QString sql = settings.value(name).toString();
        QAction *a = menu->addAction(name);
        a->setToolTip(sql);
        connect(a, &QAction::triggered, this, [this, sql]() { m_editor->setPlainText(sql); });
    }
    if (!names.isEmpty()) {
        QMenu *forget = menu->addMenu(tr("Forget"));
        for (const QString &name : names)
            connect(forget->addAction(name), &QAction::triggered, this, [name]() {
                QSettings s;
                s.remove(kSavedKey + u'/' + name);
            });
    }
}

void QueryPanel::saveQuery()
{
    const QString sql = m_editor->toPlainText().trimmed();
    if (sql.isEmpty()) {
        say(tr("Write a statement first."), true);
        return;
    }
    const QString name = Prompter::instance().askText(this, tr("Save the statement"), tr("Name:")).trimmed();
    if (name.isEmpty())
        return;
    QSettings settings;
    // QSettings keys cannot hold '/' (a group separator) or '\\'.
    QString key = name;
    key.replace(u'/', u'-').replace(u'\\', u'-');
    settings.setValue(kSavedKey + u'/' + key, sql);
    say(tr("Saved as \"%1\".").arg(key));
}

} // namespace nd
