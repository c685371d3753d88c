#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline message strip (KeePassXC's MessageWidget idea): errors and notices appear in the
// page or window they concern, not as a cascade of modal boxes. Optional action button (for
// example "Register without validation"); a close button hides it. objectName messageBanner.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Type { Information, Success, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);
    ~MessageBanner() override;

    void showMessage(Type type, const QString &text, const QString &actionText = {});
    void clear();
    QString text() const;
    Type type() const { return m_type; }
    QPushButton *actionButton() const { return m_action; }

signals:
    void actionTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTone();

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_action;
    QToolButton *m_close;
    Type m_type = Type::Information;
    int m_tone = 0; // Tones::Tone
    bool m_applying = false;
};
