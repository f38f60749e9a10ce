#pragma once

#include <QLabel>

namespace nd {

// A one-line label that may be narrower than its text: it shows "…" where the text is cut, keeps
// the whole text in its tooltip, and never asks the window to be wider than the screen.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    using QLabel::QLabel;
    void setFullText(const QString &text);
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace nd
