#pragma once

#include <QString>

// One problem (or note) a check found, for a person: what is wrong, how to fix it, and where SAP says so.
struct ValidationFinding
{
    enum class Severity { Error, Warning, Info }; // worst first
    QString destination; // empty for findings about the whole landscape or a source
    Severity severity = Severity::Error;
    QString rule; // a stable id, e.g. "tc-enabled-missing"
    QString message;
    QString fix;
    QString source; // SAP's page (or our reference) the rule comes from
    // The subaccount export it was found in, where several were checked together (a folder or zip archive each);
    // empty otherwise.
    QString subaccount = {};
};
