#include "widgets/TargetPicker.h"

#include "AppContext.h"
#include "panels/PanelUtil.h"

#include <QComboBox>
#include <QHBoxLayout>

namespace nd {

TargetPicker::TargetPicker(AppContext *context, const QString &objectPrefix, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_row(new QHBoxLayout(this))
    , m_integration(new QComboBox(this))
    , m_connection(new QComboBox(this))
{
    m_row->setContentsMargins({});
    m_integration->setObjectName(objectPrefix + u"Integration");
    m_integration->setAccessibleName(tr("Integration"));
    m_integration->setToolTip(tr("Integration"));
    m_connection->setObjectName(objectPrefix + u"Connection");
    m_connection->setAccessibleName(tr("Connection"));
    m_connection->setToolTip(tr("Connection"));
    m_row->addWidget(m_integration, 2);
    m_row->addWidget(m_connection, 2);
    connect(m_integration, &QComboBox::currentIndexChanged, this, [this]() {
        fillConnections();
        Q_EMIT integrationChanged();
    });
    connect(context, &AppContext::snapshotChanged, this, &TargetPicker::refill);
    refill();
}

QString TargetPicker::integration() const
{
    return m_integration->currentData().toString();
}

QString TargetPicker::connectionId() const
{
    return m_connection->currentText();
}

bool TargetPicker::select(const QString &integration, const QString &connectionId)
{
    const int i = m_integration->findData(integration);
    if (i < 0)
        return false;
    m_integration->setCurrentIndex(i);
    const int c = m_connection->findText(connectionId);
    if (c < 0)
        return false;
    m_connection->setCurrentIndex(c);
    return true;
}

void TargetPicker::refill()
{
    const bool changed = fillIntegrationCombo(m_integration, m_context->snapshot());
    fillConnections();
    if (changed)
        Q_EMIT integrationChanged();
}

void TargetPicker::fillConnections()
{
    fillConnectionCombo(m_connection, m_context->snapshot(), integration());
}

} // namespace nd
