#pragma once

#include <functional>

class QLineEdit;

// Enter in a field moves the wizard on (to its default button, Next) once the page is complete. Some fields have
// a job of their own for Enter (adding a property, testing a key, renaming): there Enter does that job and the
// page stays, instead of doing it and leaving at once.
namespace EnterKey {

// Enter and Return in edit run job; when job returns true the key goes no further, when it returns false (nothing
// to do) the key moves the wizard on as anywhere else.
void belongsTo(QLineEdit *edit, std::function<bool()> job);

} // namespace EnterKey
