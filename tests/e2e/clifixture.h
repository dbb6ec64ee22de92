#pragma once

// What the end-to-end tests share: running the real channeldesk binary (English messages, a
// C.UTF-8 locale, no display platform forced: commands that draw choose offscreen on their own)
// and saying what it printed when a check fails.

#include <QDebug>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

namespace cd::test {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline Run channeldesk(const QStringList &arguments, int timeoutMs = 240000)
{
    QProcess process;
    process.setProgram(QStringLiteral(CHANNELDESK_BINARY));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        qWarning() << "channeldesk did not finish:" << arguments;
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

inline QString describe(const Run &r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(r.exitCode)
        .arg(r.out.left(2000), r.err.left(2000));
}

// Standard output parsed as a JSON array; empty when it is not one.
inline QJsonArray jsonArray(const Run &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

inline QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace cd::test

// Fails the test with what the binary printed unless it exited with 0.
#define RUN_OK(result)                                                                                       \
    do {                                                                                                     \
        const ::cd::test::Run &check_ = (result);                                                            \
        QVERIFY2(check_.exitCode == 0, qPrintable(::cd::test::describe(check_)));                            \
    } while (false)
