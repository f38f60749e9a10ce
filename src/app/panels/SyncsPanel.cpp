#include "panels/SyncsPanel.h"

#include "AppContext.h"
#include "Prompter.h"
#include "dialogs/FrequencyDialog.h"
#include "dialogs/ResyncDialog.h"
#include "models/TableModel.h"
#include "panels/PanelUtil.h"
#include "status/SyncSummary.h"
#include "util/CursorInfo.h"
#include "util/Timestamp.h"

#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace nd {

using namespace Qt::StringLiterals;

namespace {

TableRow::Tone toneOf(const StreamStatus &s)
{
    switch (s.state) {
    case SyncState::Failed:
    case SyncState::FailedOnNango:
        return TableRow::Tone::Error;
    case SyncState::BackingOff:
        return TableRow::Tone::Warning;
    case SyncState::Pulling:
        return TableRow::Tone::Good;
    case SyncState::Paused:
    case SyncState::Unknown:
        return TableRow::Tone::Dim;
    case SyncState::UpToDate:
        return s.drift || s.massDeleted > 0 ? TableRow::Tone::Warning : TableRow::Tone::Normal;
    case SyncState::Due:
    case SyncState::NeverRun:
        return TableRow::Tone::Normal;
    }
    return TableRow::Tone::Normal;
}

// The badge, with what moves: a countdown, the pages so far.
QString badge(const StreamStatus &s, qint64 now)
{
    const QString label = Status::label(s.state);
    switch (s.state) {
    case SyncState::Pulling:
        return SyncsPanel::tr("%1 · %n page(s)", nullptr, s.pages).arg(label);
    case SyncState::BackingOff:
    case SyncState::Failed:
        return s.retryAtUs > 0
                   ? SyncsPanel::tr("%1 · retry %2").arg(label, Status::countdown(s.retryAtUs, now))
                   : label;
    case SyncState::UpToDate:
        if (s.massDeleted > 0)
            return SyncsPanel::tr("%1 · mass delete").arg(label);
        return s.drift ? SyncsPanel::tr("%1 · counts differ").arg(label) : label;
    default:
        return s.massDeleted > 0 ? SyncsPanel::tr("%1 · mass delete").arg(label) : label;
    }
}

QString lastPullText(const StreamStatus &s)
{
    // The time of the last good one is in the tooltip (Status::describe).
    if (s.state == SyncState::Failed || s.state == SyncState::BackingOff)
        return SyncsPanel::tr("failed %1").arg(Status::clockTime(s.lastAttemptUs));
    return s.lastOkUs ? Status::clockTime(s.lastOkUs) : SyncsPanel::tr("never");
}

QString nextRunText(const SyncSummary &sync, const StreamStatus &s)
{
    if (sync.schedulePaused)
        return SyncsPanel::tr("schedule paused");
    if (s.late)
        return SyncsPanel::tr("late (was due %1)").arg(Status::clockTime(s.nextRunUs));
    return s.nextRunUs ? Status::clockTime(s.nextRunUs) : QString();
}

} // namespace

SyncsPanel::SyncsPanel(AppContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new TableModel(this))
{
    m_model->setHeaders({tr("Integration"), tr("Connection"), tr("Sync"), tr("Model"), tr("Status"),
                         tr("Last pull"), tr("Nango's last run"), tr("Next run"), tr("Frequency"),
                         tr("Server records"), tr("Local records"), tr("Latest result"), tr("Checkpoint"),
                         tr("Status fetched")});
    m_proxy = sortedModel(m_model, this);
    auto *layout = new QVBoxLayout(this);
    m_scope = new QLabel(this);
    m_scope->setObjectName(u"syncsScope"_s);
    m_scope->setWordWrap(true);
    connect(m_scope, &QLabel::linkActivated, this, [this]() { showConnection({}, {}); });
    layout->addWidget(m_scope);
    m_view = makeTable(this, u"syncsTable"_s, tr("Syncs"));
    m_view->setModel(m_proxy);
    sortBy(m_view, 0, Qt::AscendingOrder);
    fitColumnsOnFirstRows(m_view);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    auto add = [this, buttons](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAccessibleName(text);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        m_actions.append(b);
        return b;
    };
    m_pull = add(u"pullButton"_s, tr("&Pull now"), tr("Fetch what changed since our cursor (no server run)"),
                 [this]() { m_context->pullNow(selection().streamId); });
    add(u"triggerButton"_s, tr("&Trigger run…"), tr("Ask Nango to run the sync now"),
        [this]() { runResync(false); });
    add(u"resyncButton"_s, tr("Full &resync…"), tr("Ask Nango to fetch everything again"),
        [this]() { runResync(true); });
    add(u"pauseButton"_s, tr("Pa&use"), tr("Stop the schedule (a running execution finishes)"),
        [this]() { runPauseOrResume(true); });
    add(u"resumeButton"_s, tr("Resu&me"), tr("Restart the schedule; Nango runs the sync at once"),
        [this]() { runPauseOrResume(false); });
    add(u"frequencyButton"_s, tr("&Frequency…"),
        tr("Change how often Nango runs this sync for this connection"), [this]() { changeFrequency(); });
    add(u"repairButton"_s, tr("Re&pair since…"),
        tr("Re-read records modified since a date; the cursor stays"), [this]() { repair(); });
    add(u"recordsButton"_s, tr("Recor&ds"), tr("Browse this model's cached records"),
        [this]() { Q_EMIT openRecords(selection().streamId); });
    add(u"historyButton"_s, tr("Cursor &history"), tr("Every pull of this model and where the cursor went"),
        [this]() { Q_EMIT openHistory(selection().streamId); });
    add(u"deletedButton"_s, tr("D&eleted records"),
        tr("The records a pull flagged as a mass delete removed; opening them clears the flag"), [this]() {
            const qint64 stream = selection().streamId;
            m_context->acknowledgeMassDelete(stream);
            Q_EMIT openDeletedRecords(stream);
        });
    buttons->addStretch();
    layout->addLayout(buttons);
    m_result = new QLabel(this);
    m_result->setObjectName(u"syncsResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncsPanel::updateButtons);
    connect(m_view, &QTableView::activated, this, [this]() { Q_EMIT openRecords(selection().streamId); });
    connect(context, &AppContext::statusesChanged, this, &SyncsPanel::reload);
    connect(context, &AppContext::engineStarted, this, &SyncsPanel::updateButtons);
    reload();
    updateButtons();
}

void SyncsPanel::showConnection(const QString &integration, const QString &connectionId)
{
    m_integration = integration;
    m_connectionId = connectionId;
    reload();
}

void SyncsPanel::reload()
{
    const CatalogSnapshot &s = m_context->snapshot();
    m_scope->setText(
        m_connectionId.isEmpty()
            ? tr("<b>Syncs</b> of every connection. Double-click a connection in Connections to see "
                 "only its syncs.")
            : tr("<b>Syncs</b> of %1 / %2 — <a href=\"all\">show every connection</a>")
                  .arg(m_integration.toHtmlEscaped(), m_connectionId.toHtmlEscaped()));
    QHash<QString, StreamStatus> statuses;
    for (const StreamStatus &st : m_context->statuses())
        statuses.insert(st.key.integration + u'\x1f' + st.key.connectionId + u'\x1f' + st.key.model +
                            u'\x1f' + st.key.variant,
                        st);
    QHash<qint64, QByteArray> cursors;
    for (const Stream &stream : s.streams)
        cursors.insert(stream.id, stream.cursor);
    const qint64 now = m_context->nowUs();
    QList<TableRow> rows;
    for (const SyncRow &sync : s.syncs) {
        if (!m_connectionId.isEmpty() &&
            (sync.integration != m_integration || sync.connectionId != m_connectionId))
            continue;
        const SyncSummary summary = Status::summarize(sync, m_context->statuses());
        const QStringList models = sync.models.isEmpty() ? QStringList{QString()} : sync.models;
        for (const QString &model : models) {
            const StreamStatus st = statuses.value(sync.integration + u'\x1f' + sync.connectionId + u'\x1f' +
                                                   model + u'\x1f' + sync.variant);
            const QJsonObject result = sync.latestResult.value(model).toObject();
            const QString resultText = result.isEmpty()
                                           ? QString()
                                           : u"+%1 ~%2 −%3"_s.arg(result.value(u"added"_s).toInteger())
                                                 .arg(result.value(u"updated"_s).toInteger())
                                                 .arg(result.value(u"deleted"_s).toInteger());
            QString lastRun = st.lastRunUs ? Status::clockTime(st.lastRunUs) : QString();
            if (summary.runningOnNango)
                lastRun = lastRun.isEmpty() ? tr("running now") : tr("%1 (running now)").arg(lastRun);
            TableRow r;
            r.cells = {sync.integration,
                       sync.connectionId,
                       sync.variant == u"base" ? sync.name : sync.name + u"::"_s + sync.variant,
                       model,
                       st.streamId ? badge(st, now) : Status::label(SyncState::Unknown),
                       st.streamId ? lastPullText(st) : QString(),
                       lastRun,
                       nextRunText(summary, st),
                       sync.frequency,
                       st.serverCount ? QVariant(*st.serverCount) : QVariant(),
                       st.streamId ? QVariant(st.localCount) : QVariant(),
                       resultText,
                       sync.checkpoint.isObject()
                           ? QString::fromUtf8(
                                 QJsonDocument(sync.checkpoint.toObject()).toJson(QJsonDocument::Compact))
                           : QString(),
                       ago(sync.fetchedAt)};
            r.tone = toneOf(st);
            QStringList tips{Status::describe(st, now)};
            if (st.serverCount && !st.countComparable)
                tips << tr("Nango counts a variant's records under its base model: the server count is not "
                           "this variant's.");
            if (const auto c = CursorInfo::decode(cursors.value(st.streamId)))
                tips << tr("Our cursor stands at %1.").arg(QString::fromLatin1(c->timestamp));
            r.tooltip = tips.join(u'\n');
            r.key =
                QVariantList{sync.integration, sync.connectionId,     sync.name, sync.variant, sync.frequency,
                             st.streamId,      summary.schedulePaused};
            rows.append(r);
        }
    }
    setRowsKeepingSelection(m_view, m_model, rows);
    updateButtons();
}

SyncsPanel::Selection SyncsPanel::selection() const
{
    Selection s;
    const QModelIndexList rows =
        m_view->selectionModel() ? m_view->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty())
        return s;
    const QVariantList key = m_proxy->data(rows.first(), TableModel::KeyRole).toList();
    if (key.size() != 7)
        return s;
    s.integration = key.at(0).toString();
    s.connectionId = key.at(1).toString();
    s.sync = key.at(2).toString();
    s.variant = key.at(3).toString();
    s.frequency = key.at(4).toString();
    s.streamId = key.at(5).toLongLong();
    s.schedulePaused = key.at(6).toBool();
    return s;
}

qint64 SyncsPanel::selectedStream() const
{
    return selection().streamId;
}

void SyncsPanel::updateButtons()
{
    const Selection s = selection();
    for (QPushButton *b : std::as_const(m_actions)) {
        const QString name = b->objectName();
        const bool needsStream = name == u"pullButton" || name == u"recordsButton" ||
                                 name == u"historyButton" || name == u"repairButton";
        bool enabled = needsStream ? s.streamId != 0 : !s.sync.isEmpty();
        // A role that may only read a shared cache browses it; the banner says why.
        const bool browses = name == u"recordsButton" || name == u"historyButton";
        enabled = enabled && (browses || !m_context->isReadOnly());
        // Pause what runs on a schedule, resume what is paused.
        if (name == u"pauseButton")
            enabled = enabled && !s.schedulePaused;
        else if (name == u"resumeButton")
            enabled = enabled && s.schedulePaused;
        else if (name == u"deletedButton") {
            const auto flagged = s.streamId ? m_context->status(s.streamId) : std::nullopt;
            enabled = flagged && flagged->massDeleted > 0;
        }
        b->setEnabled(enabled);
    }
    const auto st = s.streamId ? m_context->status(s.streamId) : std::nullopt;
    const bool failing = st && (st->state == SyncState::Failed || st->state == SyncState::BackingOff);
    m_pull->setText(failing ? tr("&Retry now") : tr("&Pull now"));
}

void SyncsPanel::report(const QString &what, bool ok, const QString &message)
{
    m_result->setText(ok ? tr("%1: done. It is in the activity journal.").arg(what)
                         : tr("%1 failed: %2").arg(what, message));
    m_result->setStyleSheet(ok ? QString() : u"color: #c62828;"_s);
}

void SyncsPanel::runResync(bool full)
{
    const Selection s = selection();
    const QString name = s.variant == u"base" ? s.sync : s.sync + u"::"_s + s.variant;
    ResyncDialog dialog(u"%1 / %2 / %3"_s.arg(s.integration, s.connectionId, name), full, this);
    dialog.setObjectName(u"resyncDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ResyncMode mode = dialog.mode();
    if (mode == ResyncMode::ResetAndEmptyCache &&
        !Prompter::instance().confirm(
            this, tr("Empty Nango's cache?"),
            tr("Nango will delete every stored record of %1 for %2 and save them again. "
               "Every cursor held by every consumer of this sync becomes meaningless: "
               "your production backend must start over too.")
                .arg(name, s.connectionId),
            tr("Empty the cache and resync")))
        return;
    const QString what = mode == ResyncMode::Incremental ? tr("Trigger") : tr("Full resync");
    m_result->setText(tr("%1: sending…").arg(what));
    m_context->trigger({s.integration, s.connectionId, {name}}, mode,
                       [this, what](bool ok, const QString &m) { report(what, ok, m); });
}

void SyncsPanel::runPauseOrResume(bool pause)
{
    const Selection s = selection();
    const QString name = s.variant == u"base" ? s.sync : s.sync + u"::"_s + s.variant;
    if (pause &&
        !Prompter::instance().confirm(this, tr("Pause the schedule?"),
                                      tr("Nango stops running %1 for %2 until it is resumed. A run in "
                                         "progress finishes.")
                                          .arg(name, s.connectionId),
                                      tr("Pause")))
        return;
    const QString what = pause ? tr("Pause") : tr("Resume");
    const SyncSelector target{s.integration, s.connectionId, {name}};
    auto done = [this, what](bool ok, const QString &m) { report(what, ok, m); };
    if (pause)
        m_context->pause(target, done);
    else
        m_context->resume(target, done);
}

void SyncsPanel::changeFrequency()
{
    const Selection s = selection();
    FrequencyDialog dialog(s.sync, s.frequency, this);
    dialog.setObjectName(u"frequencyDialog"_s);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->setFrequency(s.integration, s.connectionId, s.sync, s.variant, dialog.frequency(),
                            [this](bool ok, const QString &m) { report(tr("Frequency change"), ok, m); });
}

void SyncsPanel::repair()
{
    const Selection s = selection();
    QDialog dialog(this);
    dialog.setObjectName(u"repairDialog"_s);
    dialog.setWindowTitle(tr("Repair since a date"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *help = new QLabel(tr("Re-read every record Nango modified since this moment and update the cache. "
                               "The cursor does not move. Nango accepts dates within the last 12 months."),
                            &dialog);
    help->setWordWrap(true);
    auto *since = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-1), &dialog);
    since->setObjectName(u"repairSince"_s);
    since->setCalendarPopup(true);
    since->setMinimumDateTime(QDateTime::currentDateTime().addDays(-364));
    since->setMaximumDateTime(QDateTime::currentDateTime());
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(box, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(help);
    layout->addWidget(since);
    layout->addWidget(box);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_context->repair(s.streamId, since->dateTime().toMSecsSinceEpoch() * 1000);
    m_result->setText(tr("Repair pull started; see the cursor history."));
}

} // namespace nd
