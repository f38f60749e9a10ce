#include "dialogs/ResyncDialog.h"

#include "ui_ResyncDialog.h"

namespace nd {

ResyncDialog::ResyncDialog(const QString &target, bool fullByDefault, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ResyncDialog>())
{
    m_ui->setupUi(this);
    m_ui->target->setText(
        tr("Run <b>%1</b> now on Nango's side. When the run ends, Nango sends a webhook and "
           "Nango Desk pulls the changes.")
            .arg(target.toHtmlEscaped()));
    m_ui->reset->setChecked(fullByDefault);
    connect(m_ui->reset, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_ui->emptyCache->setChecked(false);
    });
}

ResyncDialog::~ResyncDialog() = default;

ResyncMode ResyncDialog::mode() const
{
    if (!m_ui->reset->isChecked())
        return ResyncMode::Incremental;
    return m_ui->emptyCache->isChecked() ? ResyncMode::ResetAndEmptyCache : ResyncMode::Reset;
}

void ResyncDialog::setMode(ResyncMode mode)
{
    m_ui->reset->setChecked(mode != ResyncMode::Incremental);
    m_ui->emptyCache->setChecked(mode == ResyncMode::ResetAndEmptyCache);
}

} // namespace nd
