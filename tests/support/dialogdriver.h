#pragma once

#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>

// Answers the next question box named `objectName` as a person does: ticks its check box
// when `tick`, then clicks the button labelled `button`. A modal box runs its own event loop,
// so the answer comes from a timer that waits for the box to show. `seen` (optional) hears
// the box's text. The timer gives up after `timeoutMs`; delete it to stop waiting.
inline QPointer<QTimer> answerWhenAsked(const QString &objectName, const QString &button, bool tick = false,
                            std::function<void(const QString &text)> seen = {}, int timeoutMs = 5000)
{
    auto *timer = new QTimer(qApp); // parented: a question never asked does not outlive the test
    auto waited = std::make_shared<int>(0);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, waited, objectName, button, tick, seen, timeoutMs] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != objectName || !box->isVisible()) {
            if ((*waited += 10) > timeoutMs) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->deleteLater();
        if (seen)
            seen(box->text());
        if (tick && box->checkBox())
            QTest::mouseClick(box->checkBox(), Qt::LeftButton, {}, QPoint(6, box->checkBox()->height() / 2));
        for (QAbstractButton *b : box->buttons()) {
            if (b->text() == button) {
                QTest::mouseClick(b, Qt::LeftButton);
                return;
            }
        }
        box->reject(); // no such button: the test fails on what follows
    });
    timer->start();
    return timer;
}
