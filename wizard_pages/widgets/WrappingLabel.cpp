#include "widgets/WrappingLabel.h"

WrappingLabel::WrappingLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrappingLabel::Basis::operator==(const Basis &other) const
{
    return text == other.text && font == other.font && margins == other.margins && margin == other.margin
        && indent == other.indent && format == other.format;
}

WrappingLabel::Basis WrappingLabel::basis() const
{
    return { text(), font(), contentsMargins(), margin(), indent(), textFormat() };
}

int WrappingLabel::heightForWidth(int width) const
{
    const Basis now = basis();
    if (!(now == m_basis)) {
        m_basis = now;
        m_heights.clear();
    }
    const auto known = m_heights.constFind(width);
    if (known != m_heights.constEnd())
        return *known;
    const int height = QLabel::heightForWidth(width);
    m_heights.insert(width, height);
    return height;
}
