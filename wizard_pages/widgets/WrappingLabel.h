#pragma once

#include <QFont>
#include <QHash>
#include <QLabel>
#include <QMargins>

// A label whose text wraps, and that remembers its height for each width. QLabel lays its text out anew for every
// height a layout asks of it, and a layout pass asks many times (the welcome page's summary alone was laid out 25
// times before the first paint, a twentieth of the time to it). The heights are forgotten when what they depend on
// changes: the text, the font, the margins.
class WrappingLabel : public QLabel
{
public:
    explicit WrappingLabel(const QString &text = {}, QWidget *parent = nullptr);
    explicit WrappingLabel(QWidget *parent)
        : WrappingLabel(QString(), parent)
    {
    }

    int heightForWidth(int width) const override;

private:
    struct Basis
    {
        QString text;
        QFont font;
        QMargins margins;
        int margin = 0;
        int indent = 0;
        Qt::TextFormat format = Qt::AutoText;
        bool operator==(const Basis &other) const;
    };
    Basis basis() const;

    mutable Basis m_basis;
    mutable QHash<int, int> m_heights;
};
