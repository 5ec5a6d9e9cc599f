// What the sources themselves show: files that could not be read, destinations given twice.
#include "validation/ValidationRule.h"
#include "validation/ValidationSources.h"

namespace {

class SourceUnreadable final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(SourceUnreadable)

public:
    SourceUnreadable()
        : ValidationRule(QStringLiteral("source-unreadable"), Severity::Error, QString())
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        for (const SourceProblem &problem : configuration.input().problems) {
            ValidationFinding unreadable = finding(QString(), tr("%1: %2").arg(problem.origin, problem.message),
                                                   tr("Check the file; the other files were checked."));
            if (configuration.ofSeveralSubaccounts())
                unreadable.subaccount = problem.subaccount;
            findings.append(unreadable);
        }
    }
};

class NameTwice final : public ValidationRule
{
    Q_DECLARE_TR_FUNCTIONS(NameTwice)

public:
    NameTwice()
        : ValidationRule(QStringLiteral("name-twice"), Severity::Warning, QString())
    {
    }
    void checkAll(const CheckedConfiguration &configuration, QList<ValidationFinding> &findings) const override
    {
        for (const CheckedConfiguration::Repeat &repeat : configuration.repeats()) {
            const QString name = repeat.later->name();
            ValidationFinding twice
                = finding(name,
                          tr("%1 is given twice (%2 and %3); the later one is checked.")
                              .arg(name, repeat.earlier->origin, repeat.later->origin),
                          tr("Check only one export of each destination. Exports of different subaccounts: give each "
                             "subaccount's folder or zip archive on its own."));
            if (configuration.ofSeveralSubaccounts())
                twice.subaccount = repeat.later->subaccount;
            findings.append(twice);
        }
    }
};

} // namespace

void ValidationRules::addSourceRules(Table &table)
{
    table << std::make_shared<SourceUnreadable>() << std::make_shared<NameTwice>();
}
