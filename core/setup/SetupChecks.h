#pragma once

#include "setup/SetupModel.h"

#include <QCoreApplication>

// Whether what a setup holds can be written: each step complete or what is missing, and every problem of every
// value of the chosen path (SetupModel::problems(), stepState() and destinationState() ask here).
class SetupChecks
{
    Q_DECLARE_TR_FUNCTIONS(SetupChecks)

public:
    using Problem = SetupModel::Problem;
    using StepState = SetupModel::StepState;

    explicit SetupChecks(const SetupModel &model)
        : m_model(model)
    {
    }

    StepState stepState(const ProviderDefinition::Step &step, const QDateTime &now) const;
    StepState destinationState(const QString &role) const;
    QList<Problem> problems(const QDateTime &now, SetupModel::SecretScope scope) const;
    bool hasErrors(const QDateTime &now, SetupModel::SecretScope scope) const;

private:
    QList<Problem> trustProblems(const QDateTime &now) const;
    QList<Problem> serviceKeyProblems(bool requireSecret) const;
    QList<Problem> inputProblems(const QStringList &inputIds, SetupModel::SecretScope scope) const;
    QList<Problem> destinationProblems(const QString &role) const;

    const SetupModel &m_model;
};
