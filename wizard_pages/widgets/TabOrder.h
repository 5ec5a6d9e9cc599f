#pragma once

class QWidget;

// Tab goes through a page in reading order: top to bottom, and left to right within a row. A widget joins the
// focus chain when it is made, which is not where its layout shows it (a page's fields are made before the row
// above them, pages built from provider files add theirs later), so the chain is laid again from the layouts.
namespace TabOrder {

// Orders the focus chain of the widgets that take Tab under root as root's layouts show them: boxes in their order,
// forms row by row (label, then field), grids row by row, the content of scroll areas in place.
void followLayout(QWidget *root);

// Gives the focus to the first visible, enabled widget under root that takes Tab, when the focus is nowhere to be
// seen (Qt leaves it on a hidden field, or on the page before).
void focusFirstVisible(QWidget *root);

} // namespace TabOrder
