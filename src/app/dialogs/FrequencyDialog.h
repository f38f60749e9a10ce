#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class FrequencyDialog;
}

namespace nd {

// A sync's frequency for one connection, checked with Nango's grammar and 30-second minimum
// before anything is sent; "revert" sends null (back to the configuration's default).
class FrequencyDialog : public QDialog
{
    Q_OBJECT
public:
    FrequencyDialog(const QString &target, const QString &current, QWidget *parent = nullptr);
    ~FrequencyDialog() override;
    std::optional<QString> frequency() const; // nullopt: revert to default
    void setText(const QString &text);        // tests

private:
    void validate();
    std::unique_ptr<Ui::FrequencyDialog> m_ui;
};

} // namespace nd
