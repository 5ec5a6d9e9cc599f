#pragma once

#include <QCoreApplication>
#include <QString>

// The checks a value gets where it is entered, by name, so provider definitions can name them. They are
// provider-neutral: what one provider's values look like is said in its file (a pattern, hints).
// Messages are for a non-technical administrator: what is wrong and what to do next.
class InputChecks
{
    Q_DECLARE_TR_FUNCTIONS(InputChecks)

public:
    enum class Severity { Ok, Warning, Error };
    struct Result
    {
        Severity severity = Severity::Ok;
        QString message;
        // A value to use instead, offered with one click (the API server for a login address); empty when none.
        QString suggestion = {};
        bool isError() const { return severity == Severity::Error; }
    };

    // Task Center's connector fails on destination names above 64 characters; keeping the primary at
    // 61 keeps "<primary>_PP" within it.
    static constexpr int TaskCenterNameLimit = 64;
    static constexpr int PrimaryNameLimit = TaskCenterNameLimit - 3;
    // The Destination service itself: letters, digits, '_' and '-', at most 200 characters.
    static constexpr int DestinationServiceNameLimit = 200;

    static bool exists(const QString &rule);
    // An empty rule name checks nothing; "required" is the caller's concern.
    static Result check(const QString &rule, const QString &value);

    static Result primaryDestinationName(const QString &name);
    static Result destinationName(const QString &name);
    // A value copied from a console (an ID, a company): one word, not a template's placeholder.
    static Result identifier(const QString &value);
    static Result userName(const QString &value);
    static Result apiKey(const QString &value);
    static Result httpsUrl(const QString &value);
    static Result clientId(const QString &value);
    static Result secret(const QString &value);
    // An ABAP system's client: three digits (SAP's own notion, not a provider's).
    static Result sapClient(const QString &value);
    // Booster templates leave values such as "sample_apiKey" behind; they must not reach a destination.
    static bool looksLikeSample(const QString &value);
};
