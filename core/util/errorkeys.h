#pragma once

#include "util/enumkeys.h"
#include "util/error.h"

namespace lc {

// The "code" of errors in --json output and logs (errorCodeName()). One row per ErrorCode, in the order
// error.h declares them: a row out of order fails the build, and a code added without a row fails
// test_core_enumkeys.
template <>
struct EnumKeys<ErrorCode>
{
    static constexpr auto keys = std::to_array<EnumKey<ErrorCode>>({
        {ErrorCode::InvalidArgument, u"invalid-argument"},
        {ErrorCode::NotFound, u"not-found"},
        {ErrorCode::AlreadyExists, u"already-exists"},
        {ErrorCode::NotEmpty, u"not-empty"},
        {ErrorCode::Io, u"io"},
        {ErrorCode::DiskFull, u"disk-full"},
        {ErrorCode::PermissionDenied, u"permission-denied"},
        {ErrorCode::Corrupt, u"corrupt"},
        {ErrorCode::NewerSchema, u"newer-schema"},
        {ErrorCode::Locked, u"locked"},
        {ErrorCode::NotALibrary, u"not-a-library"},
        {ErrorCode::Canceled, u"canceled"},
        {ErrorCode::Database, u"database"},
        {ErrorCode::Internal, u"internal"},
        {ErrorCode::Refused, u"refused"},
        {ErrorCode::Network, u"network"},
        {ErrorCode::Timeout, u"timeout"},
        {ErrorCode::Authentication, u"authentication"},
        {ErrorCode::RateLimited, u"rate-limited"},
        {ErrorCode::Server, u"server"},
    });
};

} // namespace lc
