#pragma once

#include <QMessageBox>

// Modal questions, only where a decision is needed (unregister). Tests pre-answer them with
// setNextAnswer() (KeePassXC's seam), so no dialog blocks an offscreen run.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // A question with buttons of its own wording; returns the index of the one clicked, or
    // `escape` when the box is closed. Never pre-answered: tests click the buttons.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons, int defaultIndex,
                      int escape, const QString &objectName = {});
    // The same with a check box under the text (e.g. "apply to all"); `checked` is read
    // as its initial state and set to its final one.
    static int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons, int defaultIndex,
                      int escape, const QString &objectName, const QString &checkBoxText, bool *checked);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastQuestion();

private:
    static QMessageBox::StandardButton s_nextAnswer;
    static QString s_lastQuestion;
};
