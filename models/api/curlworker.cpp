#include "curlworker.h"

#include "logging.h"
#include "retrypolicy.h"

#include <domain/codec.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <curl/curl.h>

#include <algorithm>
#include <clock.h>

using namespace Qt::StringLiterals;

namespace keel::api {

namespace {

// Bodies above this are refused rather than buffered: the largest platform page (5,000 request
// records) is ~3 MB. Counted after decompression, so a small gzip bomb stops here too.
constexpr curl_off_t kMaxBodyBytes = 128LL * 1024 * 1024;
// All response headers together, with a message that says what happened. A single line over
// libcurl's own 100 KB limit never reaches our callback; finishTransfer explains that case.
constexpr qsizetype kMaxHeaderBytes = 64 * 1024;

struct CurlGlobal {
    CurlGlobal() { curl_global_init(CURL_GLOBAL_DEFAULT); }
};

void ensureCurlGlobal()
{
    static CurlGlobal global;
    Q_UNUSED(global);
}

} // namespace

struct CurlWorker::Transfer {
    CurlJob job;
    CURL *easy = nullptr;
    curl_slist *headers = nullptr;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    int attempt = 0;          // attempts made so far
    qint64 dueAtMs = 0;       // for waiting transfers: when to start again
    QElapsedTimer clock;      // whole call including retries
    QElapsedTimer attemptClock;
    bool tooLarge = false;
    qsizetype headerBytes = 0;
    bool headersTooLarge = false;
    char errorText[CURL_ERROR_SIZE] = {}; // libcurl's detail, e.g. why a header was refused

    ~Transfer()
    {
        if (easy)
            curl_easy_cleanup(easy);
        if (headers)
            curl_slist_free_all(headers);
    }
};

namespace {

size_t writeBody(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<CurlWorker::Transfer *>(user);
    const size_t n = size * count;
    if (curl_off_t(t->body.size() + n) > kMaxBodyBytes) {
        t->tooLarge = true;
        return 0; // aborts with CURLE_WRITE_ERROR
    }
    t->body.append(data, qsizetype(n));
    return n;
}

size_t writeHeader(char *data, size_t size, size_t count, void *user)
{
    auto *t = static_cast<CurlWorker::Transfer *>(user);
    const size_t n = size * count;
    t->headerBytes += qsizetype(n);
    if (t->headerBytes > kMaxHeaderBytes) {
        t->headersTooLarge = true;
        return 0; // aborts with CURLE_WRITE_ERROR
    }
    const QByteArrayView line(data, qsizetype(n));
    const qsizetype colon = line.indexOf(':');
    if (colon > 0) {
        const QByteArray name = line.first(colon).trimmed().toByteArray().toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed().toByteArray();
        if (name == "content-type")
            t->contentType = value;
        else if (name == "retry-after")
            t->retryAfter = value;
    } else if (line.startsWith("HTTP/")) {
        // a new response (e.g. after a redirect or 100-continue): forget the previous headers
        t->contentType.clear();
        t->retryAfter.clear();
        t->headerBytes = qsizetype(n);
    }
    return n;
}

QByteArray buildUrl(const CurlJob &job)
{
    QUrl url = job.settings.baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + job.request.path);
    if (!job.request.query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[k, v] : job.request.query)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(k)), QString::fromLatin1(QUrl::toPercentEncoding(v)));
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::StrictMode);
    }
    return url.toEncoded();
}

} // namespace

CurlWorker::CurlWorker(Deliver deliver)
    : m_deliver(std::move(deliver))
{
    ensureCurlGlobal();
    m_multi = curl_multi_init();
    // Many requests share one connection over HTTP/2 instead of opening one each.
    curl_multi_setopt(m_multi, CURLMOPT_PIPELINING, long(CURLPIPE_MULTIPLEX));
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, 6L);
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(u"keel-curl"_s);
    m_thread->start();
}

CurlWorker::~CurlWorker()
{
    stop();
    m_active.clear();
    m_waiting.clear();
    curl_multi_cleanup(m_multi);
}

void CurlWorker::submit(CurlJob job)
{
    {
        QMutexLocker lock(&m_mutex);
        m_incoming.push_back(std::move(job));
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::cancel(quint64 id)
{
    {
        QMutexLocker lock(&m_mutex);
        m_cancelled.push_back(id);
    }
    curl_multi_wakeup(m_multi);
}

void CurlWorker::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping && !m_thread->isRunning())
            return;
        m_stopping = true;
    }
    curl_multi_wakeup(m_multi);
    m_thread->wait();
    for (auto &t : m_active)
        curl_multi_remove_handle(m_multi, t->easy);
    m_active.clear();
}

void CurlWorker::startTransfer(std::unique_ptr<Transfer> t)
{
    const CurlJob &job = t->job;
    const ConnectionSettings &s = job.settings;
    if (t->easy)
        curl_easy_cleanup(t->easy);
    if (t->headers)
        curl_slist_free_all(t->headers);
    t->headers = nullptr;
    t->body.clear();
    t->contentType.clear();
    t->retryAfter.clear();
    t->tooLarge = false;
    t->headersTooLarge = false;
    t->headerBytes = 0;
    t->errorText[0] = '\0';
    t->easy = curl_easy_init();
    CURL *e = t->easy;
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->errorText);

    const QByteArray url = buildUrl(job);
    curl_easy_setopt(e, CURLOPT_URL, url.constData());
    curl_easy_setopt(e, CURLOPT_PRIVATE, t.get());
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, long(CURL_HTTP_VERSION_2TLS));
    // Compression: gzip/deflate only. Offering br ("" = everything libcurl decodes) makes
    // cpp-httplib servers compress at brotli's top quality: measured ~1 s per 500 records on
    // keel-platform versus 50 ms with gzip. On loopback, compressing only burns both cores.
    const QString host = s.baseUrl.host();
    const bool loopback = host == u"127.0.0.1"_s || host == u"localhost"_s || host == u"::1"_s;
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, loopback ? "identity" : "gzip, deflate");
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, long(s.connectTimeoutMs));
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, long(job.request.timeoutMsOverride > 0 ? job.request.timeoutMsOverride : s.totalTimeoutMs));
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, s.verifyTls ? 1L : 0L);
    curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, s.verifyTls ? 2L : 0L);
    if (!s.caBundlePath.isEmpty())
        curl_easy_setopt(e, CURLOPT_CAINFO, s.caBundlePath.toLocal8Bit().constData()); // libcurl copies strings
    curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, kMaxBodyBytes);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &writeBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, t.get());
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &writeHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, t.get());

    const QByteArray &method = job.request.method;
    if (method == "GET") {
        curl_easy_setopt(e, CURLOPT_HTTPGET, 1L);
    } else {
        // POSTFIELDSIZE before COPYPOSTFIELDS so binary bodies with NULs are copied whole;
        // Content-Length is sent even for an empty body.
        curl_easy_setopt(e, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(job.request.body.size()));
        curl_easy_setopt(e, CURLOPT_COPYPOSTFIELDS, job.request.body.constData());
        if (method != "POST")
            curl_easy_setopt(e, CURLOPT_CUSTOMREQUEST, method.constData());
    }

    auto add = [&](const QByteArray &h) { t->headers = curl_slist_append(t->headers, h.constData()); };
    if (!s.basicAuthUser.isEmpty())
        add("Authorization: Basic " + (s.basicAuthUser + u':' + s.token).toUtf8().toBase64());
    else if (!s.token.isEmpty())
        add("Authorization: Bearer " + s.token.toUtf8());
    add("X-Request-Id: " + job.requestId);
    add("Accept: " + job.request.accept);
    add("Expect:"); // no 100-continue round trip
    if (method != "GET")
        add("Content-Type: application/json");
    if (!job.request.idempotencyKey.isEmpty())
        add("Idempotency-Key: " + job.request.idempotencyKey);
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);

    t->attempt += 1;
    t->attemptClock.start();
    curl_multi_add_handle(m_multi, e);
    m_active.push_back(std::move(t));
}

void CurlWorker::finishTransfer(Transfer *t, int curlCode)
{
    long status = 0;
    curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
    curl_multi_remove_handle(m_multi, t->easy);

    auto it = std::find_if(m_active.begin(), m_active.end(), [t](const auto &p) { return p.get() == t; });
    std::unique_ptr<Transfer> owned = std::move(*it);
    m_active.erase(it);

    const CurlJob &job = owned->job;
    ApiResponse r;
    r.httpStatus = int(status);
    r.contentType = owned->contentType;
    r.requestId = job.requestId;
    r.retryAfter = owned->retryAfter;
    r.elapsedMs = double(owned->attemptClock.nsecsElapsed()) / 1e6;
    r.error.attempts = owned->attempt;

    if (curlCode != CURLE_OK) {
        // libcurl refuses a header line over its 100 KB buffer itself, before our header callback
        // sees it, and reports a bare "Out of memory". Before any body byte, that is what it means.
        const QString detail = QString::fromUtf8(owned->errorText);
        if (curlCode == CURLE_OUT_OF_MEMORY && owned->body.isEmpty())
            owned->headersTooLarge = true;
        const bool refused = owned->tooLarge || owned->headersTooLarge;
        owned->body.clear(); // a transfer that failed hands on nothing half-read
        r.error.kind = refused ? ApiError::Kind::Decode : kindForCurlCode(curlCode);
        if (owned->tooLarge)
            r.error.message = u"response body larger than %1 MB (after decompression); refused"_s.arg(kMaxBodyBytes >> 20);
        else if (owned->headersTooLarge)
            r.error.message = u"response headers larger than %1 KB; refused"_s.arg(kMaxHeaderBytes >> 10);
        else
            r.error.message = detail.isEmpty() ? QString::fromUtf8(curl_easy_strerror(CURLcode(curlCode))) : detail;
        r.httpStatus = 0;
    } else if (status >= 400) {
        r.error.kind = ApiError::Kind::Http;
        r.error.httpStatus = int(status);
        if (auto p = keel::domain::decodeProblem(std::string_view(owned->body.constData(), size_t(owned->body.size())))) {
            r.error.problem = p.value();
            r.error.message = QString::fromStdString(p.value().detail.empty() ? p.value().title : p.value().detail);
        } else {
            r.error.message = u"HTTP %1 without a problem+json body"_s.arg(status);
        }
    }

    const bool idempotent = isIdempotent(job.request.method, !job.request.idempotencyKey.isEmpty());
    // Log line: method, path, status, ms, request id, attempt. Never the token, query values or bodies.
    qCInfo(lcApi).noquote() << QString::fromLatin1(job.request.method) << job.request.path << "->"
                            << (curlCode == CURLE_OK ? QString::number(status) : r.error.message)
                            << u"%1 ms"_s.arg(r.elapsedMs, 0, 'f', 1) << "X-Request-Id" << QString::fromLatin1(job.requestId)
                            << "attempt" << owned->attempt;

    if (!r.error.isNone() && owned->attempt <= job.settings.maxRetries
        && shouldRetry(r.error.kind, r.httpStatus, idempotent)) {
        qint64 delay = backoffDelayMs(owned->attempt - 1, job.settings.backoffBaseMs, job.settings.backoffMaxMs,
                                      QRandomGenerator::global()->generateDouble());
        bool honour = true;
        if (!owned->retryAfter.isEmpty()) {
            if (auto ra = parseRetryAfterMs(owned->retryAfter, keel::clock::nowUtc())) {
                if (*ra > kMaxRetryAfterMs)
                    honour = false; // the server asks for longer than we will stall: report instead
                else
                    delay = std::max(delay, *ra);
            }
        }
        if (honour) {
            owned->dueAtMs = keel::clock::nowMs() + delay;
            curl_easy_cleanup(owned->easy);
            owned->easy = nullptr;
            m_waiting.push_back(std::move(owned));
            return;
        }
    }
    r.body = std::move(owned->body);
    r.elapsedMs = double(owned->clock.nsecsElapsed()) / 1e6;
    m_deliver(job.id, std::move(r));
}

void CurlWorker::run()
{
    for (;;) {
        std::deque<CurlJob> incoming;
        std::vector<quint64> cancelled;
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping)
                return;
            incoming.swap(m_incoming);
            cancelled.swap(m_cancelled);
        }
        for (quint64 id : cancelled) {
            auto match = [id](const auto &p) { return p->job.id == id; };
            if (auto it = std::find_if(m_active.begin(), m_active.end(), match); it != m_active.end()) {
                curl_multi_remove_handle(m_multi, (*it)->easy);
                m_active.erase(it);
            }
            std::erase_if(m_waiting, match);
            std::erase_if(incoming, [id](const CurlJob &j) { return j.id == id; });
        }
        for (auto &job : incoming) {
            auto t = std::make_unique<Transfer>();
            t->job = std::move(job);
            t->clock.start();
            startTransfer(std::move(t));
        }
        const qint64 now = keel::clock::nowMs();
        qint64 nextDue = now + 1000;
        for (auto it = m_waiting.begin(); it != m_waiting.end();) {
            if ((*it)->dueAtMs <= now) {
                auto t = std::move(*it);
                it = m_waiting.erase(it);
                startTransfer(std::move(t));
            } else {
                nextDue = std::min(nextDue, (*it)->dueAtMs);
                ++it;
            }
        }

        int running = 0;
        curl_multi_perform(m_multi, &running);
        int left = 0;
        while (CURLMsg *msg = curl_multi_info_read(m_multi, &left)) {
            if (msg->msg != CURLMSG_DONE)
                continue;
            Transfer *t = nullptr;
            curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, reinterpret_cast<char **>(&t));
            finishTransfer(t, int(msg->data.result));
        }
        for (const auto &w : m_waiting)
            nextDue = std::min(nextDue, w->dueAtMs);
        const int timeout = int(std::clamp<qint64>(nextDue - keel::clock::nowMs(), 0, 1000));
        curl_multi_poll(m_multi, nullptr, 0, timeout, nullptr);
    }
}

} // namespace keel::api
