#include "dialogs/FrequencyDialog.h"

#include "ui_FrequencyDialog.h"
#include "util/Frequency.h"

#include <QPushButton>

namespace nd {

FrequencyDialog::FrequencyDialog(const QString &target, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::FrequencyDialog>())
{
    m_ui->setupUi(this);
    m_ui->target->setText(
        tr("How often Nango runs <b>%1</b> for this connection (now: %2). The minimum is 30 "
           "seconds.")
            .arg(target.toHtmlEscaped(), current.isEmpty() ? tr("the default") : current.toHtmlEscaped()));
    m_ui->frequency->setText(current);
    connect(m_ui->frequency, &QLineEdit::textChanged, this, &FrequencyDialog::validate);
    connect(m_ui->revert, &QCheckBox::toggled, this, &FrequencyDialog::validate);
    validate();
}

FrequencyDialog::~FrequencyDialog() = default;

void FrequencyDialog::setText(const QString &text)
{
    m_ui->frequency->setText(text);
}

void FrequencyDialog::validate()
{
    m_ui->frequency->setEnabled(!m_ui->revert->isChecked());
    const Frequency::Check c = Frequency::validate(m_ui->frequency->text().trimmed());
    const bool ok = m_ui->revert->isChecked() || c.ok;
    m_ui->problem->setText(ok ? QString() : c.problem);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

std::optional<QString> FrequencyDialog::frequency() const
{
    if (m_ui->revert->isChecked())
        return std::nullopt;
    return m_ui->frequency->text().trimmed();
}

} // namespace nd
