#include "error.h"

#include "util/errorkeys.h"

namespace lc {

QString errorCodeName(ErrorCode code)
{
    return toKey(code);
}

bool Error::isTransient() const
{
    switch (code) {
    case ErrorCode::Network:
    case ErrorCode::Timeout:
    case ErrorCode::RateLimited:
    case ErrorCode::Server: return true;
    default: return false;
    }
}

Error Error::wrap(ErrorCode outerCode, QString outerMessage) const
{
    Error outer(outerCode, std::move(outerMessage));
    outer.httpStatus = httpStatus;
    outer.retryAfterSeconds = retryAfterSeconds;
    outer.refusal = refusal;
    outer.cause = std::make_shared<const Error>(*this);
    return outer;
}

const Error &Error::rootCause() const
{
    const Error *e = this;
    while (e->cause)
        e = e->cause.get();
    return *e;
}

QString Error::chainMessage() const
{
    QString text = message;
    for (const Error *e = cause.get(); e; e = e->cause.get()) {
        if (!e->message.isEmpty() && !text.contains(e->message))
            text += QStringLiteral(": ") + e->message;
    }
    return text;
}

} // namespace lc
