#pragma once

#include "Command.h"

#include <memory>

namespace nd {

class ActionRunner;
class ActionStore;
class ProxyRunner;
class ProxyStore;

// JSON|@FILE|@- (standard input): the text of an option value.
bool readValueArgument(const QString &value, QByteArray *out, QString *error);

// action: runs an action deployed on Nango and prints its output JSON.
class ActionCommand : public Command
{
    Q_OBJECT
public:
    explicit ActionCommand(CliContext &context);
    ~ActionCommand() override;
    bool stop() override;

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<ActionStore> m_store;
    std::unique_ptr<ActionRunner> m_runner;
};

// proxy: one request to the provider's API through Nango's proxy.
class ProxyCommand : public Command
{
    Q_OBJECT
public:
    explicit ProxyCommand(CliContext &context);
    ~ProxyCommand() override;
    bool stop() override;

protected:
    void describe(QCommandLineParser &parser) override;
    int run(const QCommandLineParser &parser) override;

private:
    std::unique_ptr<ProxyStore> m_store;
    std::unique_ptr<ProxyRunner> m_runner;
};

} // namespace nd
