#include "ui/messagebanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include "ui/tones.h"

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(QStringLiteral("messageBannerText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_action->setObjectName(QStringLiteral("messageBannerAction"));
    m_close->setObjectName(QStringLiteral("messageBannerClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action, 0, Qt::AlignTop);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_action, &QPushButton::clicked, this, &MessageBanner::actionTriggered);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

MessageBanner::~MessageBanner() = default;

void MessageBanner::showMessage(Type type, const QString &text, const QString &actionText)
{
    m_type = type;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    Tones::Tone tone = Tones::Tone::Information;
    switch (type) {
    case Type::Information: break;
    case Type::Success:
        tone = Tones::Tone::Success;
        break;
    case Type::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        tone = Tones::Tone::Warning;
        break;
    case Type::Error:
        icon = QStyle::SP_MessageBoxCritical;
        tone = Tones::Tone::Error;
        break;
    }
    m_tone = int(tone);
    applyTone();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(text);
    show();
}

void MessageBanner::applyTone()
{
    // From the palette the banner inherits, so a dark theme gets a dark banner with light text.
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QPalette();
    QPalette p = inherited;
    p.setColor(QPalette::Window, Tones::background(Tones::Tone(m_tone), inherited));
    p.setColor(QPalette::WindowText, inherited.color(QPalette::WindowText));
    m_applying = true;
    setPalette(p);
    m_applying = false;
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTone();
    QFrame::changeEvent(event);
}

void MessageBanner::clear()
{
    m_text->clear();
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}
