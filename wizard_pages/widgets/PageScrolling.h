#pragma once

class QWidget;

namespace PageScrolling {

// Puts a page's content into a scroll area of its own, so that no text is squeezed or cut where it does not fit (a
// long language, a large font, the smallest window): every label and button keeps the room its text needs, and the
// page scrolls instead. What follows the layout's last stretch stays below, always in view. Pages that scroll
// already (their layout holds a scroll area) are left as they are.
void wrap(QWidget *page);

} // namespace PageScrolling
