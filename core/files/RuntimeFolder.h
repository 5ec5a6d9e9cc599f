#pragma once

#include <QString>

// A folder of the user's own for what lives only while programs run (lock files, a window's local socket): in the
// session's runtime folder where it has one (XDG_RUNTIME_DIR), else in the temporary folder under the user's id. The
// same for the wizard and every command-line run of this user, created readable by the user alone.
namespace RuntimeFolder {

QString path(const QString &name);

} // namespace RuntimeFolder
