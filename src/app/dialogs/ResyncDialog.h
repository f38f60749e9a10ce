#pragma once

#include "api/NangoClient.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ResyncDialog;
}

namespace nd {

// Trigger / full resync, with "empty Nango's cache" as a separate, explained choice.
class ResyncDialog : public QDialog
{
    Q_OBJECT
public:
    ResyncDialog(const QString &target, bool fullByDefault, QWidget *parent = nullptr);
    ~ResyncDialog() override;
    ResyncMode mode() const;
    void setMode(ResyncMode mode); // tests

private:
    std::unique_ptr<Ui::ResyncDialog> m_ui;
};

} // namespace nd
