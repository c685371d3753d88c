#pragma once

#include <QPointer>
#include <QWizardPage>

#include "services/core/jobs.h"

class MessageBanner;
class QLabel;
class QProgressBar;
class RegisterDatastoreWizard;

// Page 5: what will be registered (never a secret), then the registration itself with a busy
// indicator and Cancel. A failed access check shows the service's reason with guidance and an
// explicit "Register without validation". objectNames: summaryText, registerProgress,
// registerStatus, and the page's messageBanner.
class SummaryPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryPage)

public:
    explicit SummaryPage(RegisterDatastoreWizard *wizard);
    ~SummaryPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    bool isComplete() const override;

    bool isRunning() const { return !m_job.isNull(); }
    void cancel();
    MessageBanner *banner() const { return m_banner; }

private:
    void start(bool skipValidation);
    void finished(const Result<Datastore> &result, bool validated);
    void setRunning(bool running);

    RegisterDatastoreWizard *m_wizard;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_status;
    MessageBanner *m_banner;
    QPointer<DatastoreJob> m_job;
    bool m_done = false;
};
