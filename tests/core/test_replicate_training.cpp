// The Replicate training calls (docs/replicate-api.md §6-8) against a local server answering with the
// recorded payloads of tests/fixtures/replicate: the account, the destination model (exists, created,
// 409), creating a training (never re-sent after a 500, re-sent after a 429), polling, cancel, the list,
// and both shapes of the output version.
#include "lc_catch.h"

#include "fakehttpserver.h"
#include "replicatefixtures.h"
#include "net/httpclient.h"
#include "replicate/replicateclient.h"
#include "catalog/datasets.h"
#include "catalog/sql.h"
#include "catalog/workspaces.h"
#include "testlibrary.h"
#include "fixtures.h"
#include "train/trainingjob.h"
#include "train/traininginputs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>

using namespace lc;
using namespace lc::test;

namespace {

const QString Token = QStringLiteral("r8_TRAININGTOKEN_never_logged_77");
const QString FluxVersion = QStringLiteral("e440909d3512c31646ee2e0c7d6f6f4923224863a6a10c494606e79fb5844497");


// Replicate's training endpoints with per-test faults.
struct FakeTrainingApi
{
    QMutex mutex;
    bool destinationExists = false;
    bool conflictOnCreate = false; // POST /models answers 409 (and the model exists from then on)
    int createFailures = 0;        // the first N training creates answer this status
    int createFailureStatus = 500;
    int creates = 0;
    int modelCreates = 0;
    int cancels = 0;
    int uploads = 0;
    int uploadDrops = 0; // the first N uploads lose their connection without an answer
    QJsonObject lastTrainingBody;
    QJsonObject lastModelBody;

    FakeReply answer(const FakeRequest &req)
    {
        QMutexLocker lock(&mutex);
        if (req.header("Authorization") != "Bearer " + Token.toUtf8())
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-401-invalid-token.json")), 401);
        const QByteArray path = req.path;
        if (req.method == "GET" && path == "/v1/account")
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("account-get.response-200.json")));
        if (req.method == "GET" && path == "/v1/models/ostris/flux-dev-lora-trainer")
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("models-get-flux-trainer.response-200.json")));
        if (req.method == "POST" && path == "/v1/files") {
            ++uploads;
            if (uploads <= uploadDrops) {
                FakeReply dropped;
                dropped.drop = true;
                return dropped;
            }
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("files-create.response-201.json")), 201);
        }
        if (req.method == "DELETE" && path.startsWith("/v1/files/"))
            return FakeReply{204, {}, {}};
        if (req.method == "GET" && path == "/v1/models/alice/alice-flux-lora") {
            if (!destinationExists)
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("models-create.response-201.json")));
        }
        if (req.method == "POST" && path == "/v1/models") {
            ++modelCreates;
            lastModelBody = QJsonDocument::fromJson(req.body).object();
            if (conflictOnCreate) {
                destinationExists = true;
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-409-model-exists.json")), 409);
            }
            destinationExists = true;
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("models-create.response-201.json")), 201);
        }
        if (req.method == "POST" && path == "/v1/models/ostris/flux-dev-lora-trainer/versions/" + FluxVersion.toUtf8() + "/trainings") {
            ++creates;
            lastTrainingBody = QJsonDocument::fromJson(req.body).object();
            if (creates <= createFailures) {
                FakeReply r = FakeReply::json(createFailureStatus == 429 ? replicateFixtureBytes(QStringLiteral("error-429-throttled.json"))
                                                                        : QByteArray("{\"detail\":\"Internal server error\"}"),
                    createFailureStatus);
                if (createFailureStatus == 429)
                    r.headers.append(std::pair<QByteArray, QByteArray>("Retry-After", "0"));
                return r;
            }
            if (lastTrainingBody.value(QStringLiteral("destination")).toString() != QStringLiteral("alice/alice-flux-lora") || !destinationExists)
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-training-destination.json")), 404);
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-create-flux.response-201.json")), 201);
        }
        const QString id = replicateFixture(QStringLiteral("trainings-get-succeeded.response-200.json")).value(QStringLiteral("id")).toString();
        if (req.method == "GET" && path == "/v1/trainings/" + id.toUtf8())
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-get-succeeded.response-200.json")));
        if (req.method == "GET" && path == "/v1/trainings/processing")
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-get-processing.response-200.json")));
        if (req.method == "POST" && path == "/v1/trainings/processing/cancel") {
            ++cancels;
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-cancel.response-200.json")));
        }
        if (req.method == "POST" && path == "/v1/trainings/" + id.toUtf8() + "/cancel") {
            ++cancels;
            return FakeReply::json("{\"detail\":\"Training has already completed.\",\"status\":400}", 400);
        }
        if (req.method == "GET" && path == "/v1/trainings")
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("trainings-list.response-200.json")));
        if (req.method == "GET" && path.startsWith("/v1/trainings?cursor=")) {
            QJsonObject page = replicateFixture(QStringLiteral("trainings-list.response-200.json"));
            page.insert(QStringLiteral("next"), QJsonValue::Null);
            QJsonArray results = page.value(QStringLiteral("results")).toArray();
            QJsonObject older = results.first().toObject();
            older.insert(QStringLiteral("id"), QStringLiteral("older-training"));
            page.insert(QStringLiteral("results"), QJsonArray{older});
            return FakeReply::json(QJsonDocument(page).toJson(QJsonDocument::Compact));
        }
        return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
    }
};

struct Setup
{
    FakeTrainingApi api;
    FakeHttpServer server{[this](const FakeRequest &r) { return api.answer(r); }};
    net::HttpClient http;
    replicate::Client client{http, Token, server.url(QStringLiteral("/v1"))};

    Setup()
    {
        net::RetryPolicy fast;
        fast.baseDelayMs = 10;
        fast.maxDelayMs = 50;
        http.setRetryPolicy(fast);
    }

    replicate::ModelRef flux() const
    {
        return replicate::ModelRef{QStringLiteral("ostris"), QStringLiteral("flux-dev-lora-trainer"), FluxVersion};
    }
};

} // namespace

TEST_CASE("Replicate account: the token's owner, and a refused token keeps Replicate's message")
{
    Setup s;
    auto account = s.client.account();
    REQUIRE(account);
    CHECK(account->username == QStringLiteral("alice"));
    CHECK(account->type == QStringLiteral("user"));
    CHECK(account->name == QStringLiteral("Alice Example"));

    replicate::Client wrong(s.http, QStringLiteral("r8_wrong"), s.server.url(QStringLiteral("/v1")));
    auto refused = wrong.account();
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Authentication);
    CHECK_FALSE(refused.error().message.contains(Token));
}

TEST_CASE("Replicate destination: an existing model is reused, a missing one created private on CPU, a 409 reads it again")
{
    Setup s;
    replicate::NewModel spec{QStringLiteral("alice"), QStringLiteral("alice-flux-lora"), true, QStringLiteral("cpu"), QStringLiteral("LoRA")};

    bool created = true;
    s.api.destinationExists = true;
    auto existing = s.client.ensureModel(spec, &created);
    REQUIRE(existing);
    CHECK_FALSE(created);
    CHECK(s.api.modelCreates == 0);

    s.api.destinationExists = false;
    auto fresh = s.client.ensureModel(spec, &created);
    REQUIRE(fresh);
    CHECK(created);
    CHECK(s.api.modelCreates == 1);
    CHECK(s.api.lastModelBody.value(QStringLiteral("owner")).toString() == QStringLiteral("alice"));
    CHECK(s.api.lastModelBody.value(QStringLiteral("name")).toString() == QStringLiteral("alice-flux-lora"));
    CHECK(s.api.lastModelBody.value(QStringLiteral("visibility")).toString() == QStringLiteral("private"));
    CHECK(s.api.lastModelBody.value(QStringLiteral("hardware")).toString() == QStringLiteral("cpu"));

    s.api.destinationExists = false;
    s.api.conflictOnCreate = true;
    auto conflict = s.client.ensureModel(spec, &created);
    REQUIRE(conflict);
    CHECK_FALSE(created);
    CHECK(conflict->name == QStringLiteral("alice-flux-lora"));
}

TEST_CASE("Replicate training create: the body, a 404 destination explained, a 500 never re-sent, a 429 re-sent")
{
    Setup s;
    const QJsonObject input{{QStringLiteral("input_images"), QStringLiteral("https://api.replicate.com/v1/files/abc")},
        {QStringLiteral("trigger_word"), QStringLiteral("ALCX")}, {QStringLiteral("steps"), 1000}};

    auto missing = s.client.createTraining(s.flux(), QStringLiteral("alice/alice-flux-lora"), input);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    CHECK(missing.error().message.contains(QStringLiteral("alice/alice-flux-lora")));

    s.api.destinationExists = true;
    auto training = s.client.createTraining(s.flux(), QStringLiteral("alice/alice-flux-lora"), input);
    REQUIRE(training);
    CHECK_FALSE(training->id.isEmpty());
    CHECK(training->status == QStringLiteral("starting"));
    CHECK(training->destination == QStringLiteral("alice/alice-flux-lora"));
    CHECK(s.api.lastTrainingBody.value(QStringLiteral("destination")).toString() == QStringLiteral("alice/alice-flux-lora"));
    CHECK(s.api.lastTrainingBody.value(QStringLiteral("input")).toObject() == input);
    CHECK_FALSE(s.api.lastTrainingBody.contains(QStringLiteral("webhook")));

    const int before = s.api.creates;
    s.api.createFailures = before + 1;
    s.api.createFailureStatus = 500;
    auto failed = s.client.createTraining(s.flux(), QStringLiteral("alice/alice-flux-lora"), input);
    REQUIRE_FALSE(failed);
    CHECK(failed.error().code == ErrorCode::Server);
    CHECK(s.api.creates == before + 1); // not re-sent: a second training could have started

    s.api.createFailures = s.api.creates + 1;
    s.api.createFailureStatus = 429;
    auto throttled = s.client.createTraining(s.flux(), QStringLiteral("alice/alice-flux-lora"), input);
    REQUIRE(throttled);
    CHECK(s.api.creates == before + 3); // the 429 was re-sent once
}

TEST_CASE("Replicate training: polls parse the succeeded output, cancel, an already finished cancel, the list over pages")
{
    Setup s;
    const QString id = replicateFixture(QStringLiteral("trainings-get-succeeded.response-200.json")).value(QStringLiteral("id")).toString();
    auto done = s.client.training(id);
    REQUIRE(done);
    CHECK(done->succeeded());
    CHECK(done->isTerminal());
    CHECK(done->trainer == QStringLiteral("ostris/flux-dev-lora-trainer"));
    CHECK(done->outputModel == QStringLiteral("alice/alice-flux-lora"));
    CHECK(done->outputVersion == QStringLiteral("8b1c3fd2a5e64a7c9e0d4b2f6a1c7e3d9f0b5a2c4e6d8f1a3b5c7e9d0f2a4b6c"));
    CHECK(done->newVersionRef() == QStringLiteral("alice/alice-flux-lora:8b1c3fd2a5e64a7c9e0d4b2f6a1c7e3d9f0b5a2c4e6d8f1a3b5c7e9d0f2a4b6c"));
    CHECK(done->weightsUrl.toString().endsWith(QStringLiteral("/trained_model.tar")));
    CHECK(done->predictSeconds == Approx(758.214903));
    CHECK(done->totalSeconds == Approx(822.311507));
    CHECK(done->logs.contains(QStringLiteral("1000/1000")));
    CHECK(done->input.value(QStringLiteral("trigger_word")).toString() == QStringLiteral("ALCX"));

    auto running = s.client.training(QStringLiteral("processing"));
    REQUIRE(running);
    CHECK_FALSE(running->isTerminal());
    CHECK(running->predictSeconds < 0);
    CHECK(running->outputVersion.isEmpty());

    auto canceled = s.client.cancelTraining(QStringLiteral("processing"));
    REQUIRE(canceled);
    CHECK(canceled->status == QStringLiteral("canceled"));
    auto late = s.client.cancelTraining(id); // already over: its real state, not an error
    REQUIRE(late);
    CHECK(late->succeeded());
    CHECK(s.api.cancels == 2);

    auto list = s.client.trainings(3);
    REQUIRE(list);
    REQUIRE(list->size() >= 2);
    CHECK(list->first().id == id);
    CHECK(list->last().id == QStringLiteral("older-training")); // the second page, through our base URL
}

TEST_CASE("Replicate training output: a bare version id is completed with the destination")
{
    QJsonObject o = replicateFixture(QStringLiteral("trainings-get-succeeded.response-200.json"));
    o.insert(QStringLiteral("output"), QJsonObject{{QStringLiteral("version"), QStringLiteral("abc123")},
                                           {QStringLiteral("weights"), QStringLiteral("https://replicate.delivery/x/trained_model.tar")}});
    const replicate::Training t = replicate::Training::fromJson(o, QStringLiteral("alice/alice-flux-lora"));
    CHECK(t.outputModel == QStringLiteral("alice/alice-flux-lora"));
    CHECK(t.newVersionRef() == QStringLiteral("alice/alice-flux-lora:abc123"));
    o.insert(QStringLiteral("status"), QStringLiteral("aborted"));
    CHECK(replicate::Training::fromJson(o).isTerminal());
}

TEST_CASE("Trainer inputs from the version's schema: types, defaults, ranges, enums through $ref, secrets, order")
{
    const QJsonObject flux = replicateFixture(QStringLiteral("models-get-flux-trainer.response-200.json"))
                                 .value(QStringLiteral("latest_version")).toObject().value(QStringLiteral("openapi_schema")).toObject();
    auto schema = train::TrainingInputSchema::fromOpenApi(flux);
    REQUIRE(schema);
    REQUIRE(schema->fields.size() > 10);
    CHECK(schema->fields.first().name == QStringLiteral("input_images"));
    CHECK(schema->fields.first().type == train::InputField::Type::File);
    const train::InputField *steps = schema->field(QStringLiteral("steps"));
    REQUIRE(steps);
    CHECK(steps->type == train::InputField::Type::Integer);
    CHECK(steps->defaultValue.toInt() == 1000);
    CHECK(*steps->minimum == 3);
    CHECK(*steps->maximum == 6000);
    REQUIRE(schema->field(QStringLiteral("hf_token")));
    CHECK(schema->field(QStringLiteral("hf_token"))->type == train::InputField::Type::Secret);
    CHECK(schema->field(QStringLiteral("autocaption"))->type == train::InputField::Type::Boolean);
    for (qsizetype i = 1; i < schema->fields.size(); ++i)
        CHECK(schema->fields[i - 1].order <= schema->fields[i].order);

    // What a command line gives, turned into the types the trainer wants, then checked.
    const QJsonObject typed = schema->coerce({{QStringLiteral("steps"), QStringLiteral("1500")}, {QStringLiteral("resolution"), 1024},
        {QStringLiteral("autocaption"), QStringLiteral("false")}});
    CHECK(typed.value(QStringLiteral("steps")).toInt() == 1500);
    CHECK(typed.value(QStringLiteral("resolution")).toString() == QStringLiteral("1024"));
    CHECK(typed.value(QStringLiteral("autocaption")).toBool(true) == false);
    CHECK(schema->validate(typed));
    auto bad = schema->validate({{QStringLiteral("lora_rank"), 512}, {QStringLiteral("steps"), 2.5}, {QStringLiteral("lora_rnak"), 16},
        {QStringLiteral("autocaption"), QStringLiteral("maybe")}});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message.contains(QStringLiteral("lora_rank: at most 128")));
    CHECK(bad.error().message.contains(QStringLiteral("steps: a whole number is needed")));
    CHECK(bad.error().message.contains(QStringLiteral("lora_rnak: the trainer has no such input")));
    CHECK(bad.error().message.contains(QStringLiteral("autocaption: true or false")));

    const QJsonObject sdxl = replicateFixture(QStringLiteral("models-versions-get-sdxl.response-200.json")).value(QStringLiteral("openapi_schema")).toObject();
    auto sdxlSchema = train::TrainingInputSchema::fromOpenApi(sdxl);
    REQUIRE(sdxlSchema);
    const train::InputField *scheduler = sdxlSchema->field(QStringLiteral("lr_scheduler"));
    REQUIRE(scheduler);
    CHECK(scheduler->type == train::InputField::Type::Choice);
    CHECK(scheduler->choices == QStringList{QStringLiteral("constant"), QStringLiteral("linear")});
    CHECK(scheduler->defaultValue.toString() == QStringLiteral("constant"));
    CHECK(sdxlSchema->field(QStringLiteral("input_images"))->required);
    CHECK(sdxlSchema->validate({{QStringLiteral("lr_scheduler"), QStringLiteral("linear")}}));
    auto missing = sdxlSchema->validate({}, {});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message.contains(QStringLiteral("input_images: required")));
    CHECK_FALSE(sdxlSchema->validate({{QStringLiteral("lr_scheduler"), QStringLiteral("cosine")}}));
    CHECK(train::TrainingInputSchema::fromOpenApi(QJsonObject()).error().code == ErrorCode::NotFound);
}

namespace {

struct JobRun
{
    QStringList steps;
    Job::State state = Job::State::Waiting;
    QString summary;
    QString error;
    TaskId task;
    QString taskStatus;
};

// Trains W/D (two captioned JPEGs) for alice/alice-flux-lora with a TrainingJob against s's server; with
// leftOver, follows the task it records instead (one a quit or a crash interrupted).
JobRun runTrainingJob(Setup &s, const std::function<TaskId(Library &, const Dataset &)> &leftOver = {},
    QString *exportPath = nullptr)
{
    qputenv("LORACRAFT_REPLICATE_BASE_URL", s.server.url(QStringLiteral("/v1")).toString().toUtf8());
    qputenv("LORACRAFT_TRAINING_POLL_MS", "20");
    struct Unset
    {
        ~Unset()
        {
            qunsetenv("LORACRAFT_REPLICATE_BASE_URL");
            qunsetenv("LORACRAFT_TRAINING_POLL_MS");
        }
    } unset;
    TempLibrary lib;
    auto w = Workspaces(lib->catalog()).create(QStringLiteral("W"));
    DatasetSettings settings;
    settings.triggerWord = QStringLiteral("ALCX");
    const Dataset d = *Datasets(lib->catalog()).create(w->id, QStringLiteral("D"), settings);
    for (int i = 0; i < 2; ++i)
        addItem(*lib, d.id.value(), fixtures::makeJpeg(160, 120, 80 + i), QStringLiteral("%1.jpg").arg(i), QStringLiteral("ALCX, photo %1").arg(i));
    // addItem records a 1x1 PNG: the real facts of these JPEGs, as an import would.
    REQUIRE(lib->catalog().write([](QSqlDatabase &db) {
        return sql::exec(db, QStringLiteral("UPDATE blobs SET width = 160, height = 120, format = 'jpeg'"));
    }).ok());

    train::TrainingRequest request;
    request.dataset = d.id;
    request.trainer = QStringLiteral("flux");
    request.destination = QStringLiteral("alice/alice-flux-lora");
    const TaskId interrupted = leftOver ? leftOver(*lib, d) : TaskId();
    train::TrainingJob job = interrupted.isValid() ? train::TrainingJob(*lib, interrupted, Token, QStringLiteral("Train W/D"))
                                                   : train::TrainingJob(*lib, request, Token, QStringLiteral("Train W/D"));
    QStringList steps;
    QObject::connect(&job, &Job::progressChanged, &job, [&](const JobProgress &p) {
        if (steps.isEmpty() || steps.last() != p.step)
            steps << p.step;
    });
    job.start();
    QElapsedTimer clock;
    clock.start();
    while (!job.isFinished() && clock.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    JobRun r;
    r.steps = steps;
    r.state = job.state();
    r.summary = job.summary();
    r.error = job.error();
    r.task = job.task();
    if (auto record = Tasks::get(lib->catalog(), job.task())) {
        CHECK(record->kind == QStringLiteral("training"));
        r.taskStatus = record->status;
        if (exportPath)
            *exportPath = train::TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object()).exportPath;
    }
    return r;
}

} // namespace

TEST_CASE("A training job exports, uploads, starts and follows a training to its new version, its task recorded")
{
    Setup s;
    s.api.destinationExists = true;
    const JobRun r = runTrainingJob(s);
    INFO(r.steps.join(QStringLiteral(" | ")).toStdString() << " / " << r.error.toStdString());
    REQUIRE(r.state == Job::State::Completed);
    CHECK(r.summary.contains(QStringLiteral("alice/alice-flux-lora:8b1c3fd2")));
    CHECK(r.task.isValid());
    CHECK(s.api.uploads == 1);
    CHECK(s.api.creates == 1);
    CHECK(s.api.lastTrainingBody.value(QStringLiteral("input")).toObject().value(QStringLiteral("trigger_word")).toString() == QStringLiteral("ALCX"));
    CHECK(r.taskStatus == QStringLiteral("completed"));
}

TEST_CASE("A training interrupted while uploading (a quit, a crash) is exported and uploaded again when followed, then trained")
{
    Setup s;
    s.api.destinationExists = true;
    QString exportPath;
    const JobRun r = runTrainingJob(s, [&](Library &lib, const Dataset &d) {
        // What a crash mid-upload leaves: the task at the upload stage and a half-written ZIP.
        train::TrainingState state;
        state.stage = train::TrainingState::Stage::Upload;
        state.trainer = QStringLiteral("flux");
        state.trainerModel = QStringLiteral("ostris/flux-dev-lora-trainer");
        state.trainerVersion = FluxVersion;
        state.destination = QStringLiteral("alice/alice-flux-lora");
        state.inputs = QJsonObject{{QStringLiteral("steps"), 500}, {QStringLiteral("trigger_word"), QStringLiteral("ALCX")}};
        state.steps = 500;
        state.exportPath = QDir(lib.root()).filePath(QStringLiteral("uploads/training-interrupted.zip"));
        REQUIRE(QDir().mkpath(QFileInfo(state.exportPath).path()));
        QFile partial(state.exportPath);
        REQUIRE(partial.open(QIODevice::WriteOnly));
        partial.write("PK\x03\x04 cut short");
        partial.close();
        auto task = lib.catalog().write([&](QSqlDatabase &db) {
            return Tasks::create(db, QStringLiteral("training"), d.id, QStringLiteral("Train W/D"), 100,
                QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
        });
        REQUIRE(task);
        return *task;
    }, &exportPath);
    INFO(r.steps.join(QStringLiteral(" | ")).toStdString() << " / " << r.error.toStdString());
    REQUIRE(r.state == Job::State::Completed);
    CHECK(r.taskStatus == QStringLiteral("completed"));
    CHECK(s.api.uploads == 1);
    CHECK(s.api.creates == 1);
    // The training got the new upload and the inputs recorded before the crash.
    const QJsonObject input = s.api.lastTrainingBody.value(QStringLiteral("input")).toObject();
    CHECK(input.value(QStringLiteral("steps")).toInt() == 500);
    CHECK(input.value(QStringLiteral("input_images")).toString().startsWith(QStringLiteral("https://")));
    CHECK_FALSE(QFileInfo::exists(exportPath)); // the ZIP goes once the training has ended
}

TEST_CASE("An upload whose connection drops is sent again, and one that keeps dropping fails the task before any training")
{
    Setup s;
    s.api.destinationExists = true;
    SECTION("dropped once")
    {
        s.api.uploadDrops = 1;
        const JobRun r = runTrainingJob(s);
        INFO(r.steps.join(QStringLiteral(" | ")).toStdString() << " / " << r.error.toStdString());
        REQUIRE(r.state == Job::State::Completed);
        CHECK(s.api.uploads == 2);
        CHECK(s.api.creates == 1);
    }
    SECTION("dropped every time")
    {
        s.api.uploadDrops = 100;
        const JobRun r = runTrainingJob(s);
        CHECK(r.state == Job::State::Failed);
        CHECK(s.api.uploads == 3);
        CHECK(s.api.creates == 0);
        CHECK(r.error.contains(QStringLiteral("The upload failed 3 times")));
        CHECK(r.taskStatus == QStringLiteral("failed"));
    }
}

TEST_CASE("Try it runs the new version once a prompt, keeps each image in the library and records a failed prompt with its error")
{
    const QByteArray png = fixtures::encode(fixtures::makeImage(96, 64, 5), "png");
    QMutex mutex;
    QList<QJsonObject> bodies;
    FakeHttpServer server([&](const FakeRequest &req) {
        QMutexLocker lock(&mutex);
        if (req.header("Authorization") != "Bearer " + Token.toUtf8())
            return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-401-invalid-token.json")), 401);
        if (req.method == "POST" && req.path == "/v1/predictions") {
            bodies << QJsonDocument::fromJson(req.body).object();
            if (bodies.size() == 1) // refused by the model's safety checker, as Replicate reports it
                return FakeReply::json(replicateFixtureBytes(QStringLiteral("predictions-get-failed.response-200.json")), 201);
            const QJsonObject p{{QStringLiteral("id"), QStringLiteral("p2")}, {QStringLiteral("status"), QStringLiteral("processing")}};
            return FakeReply::json(QJsonDocument(p).toJson(QJsonDocument::Compact), 201);
        }
        if (req.method == "GET" && req.path == "/v1/predictions/p2") {
            // Inline output, as Replicate sends in sync mode.
            const QJsonObject p{{QStringLiteral("id"), QStringLiteral("p2")}, {QStringLiteral("status"), QStringLiteral("succeeded")},
                {QStringLiteral("output"), QJsonArray{QString(QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()))}}};
            return FakeReply::json(QJsonDocument(p).toJson(QJsonDocument::Compact));
        }
        return FakeReply::json(replicateFixtureBytes(QStringLiteral("error-404-not-found.json")), 404);
    });
    TempLibrary lib;
    train::TrainingState state;
    state.stage = train::TrainingState::Stage::Done;
    state.status = QStringLiteral("succeeded");
    state.trainer = QStringLiteral("flux");
    state.destination = QStringLiteral("alice/alice-flux-lora");
    state.newVersion = QStringLiteral("alice/alice-flux-lora:") + QString(64, QLatin1Char('a'));
    state.inputs.insert(QStringLiteral("trigger_word"), QStringLiteral("ALCX"));
    auto task = lib->catalog().write([&](QSqlDatabase &db) {
        return Tasks::create(db, QStringLiteral("training"), DatasetId(), QStringLiteral("Train"), 100,
            QString::fromUtf8(QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact)));
    });
    REQUIRE(task);

    CHECK(train::TrainingRun::samplePrompts(state).first() == QStringLiteral("a photo of ALCX"));
    net::HttpClient http;
    qputenv("LORACRAFT_REPLICATE_BASE_URL", server.url(QStringLiteral("/v1")).toString().toUtf8());
    train::TrainingRun run(*lib, http, Token);
    qunsetenv("LORACRAFT_REPLICATE_BASE_URL");
    run.setPollInterval(20, 20);
    std::atomic<bool> cancel{false};
    QList<int> progress;
    auto result = run.tryIt(*task, {QStringLiteral("ALCX on a beach"), QStringLiteral("ALCX in snow")},
        [&](int done, int) { progress << done; }, cancel);
    REQUIRE(result);
    CHECK(progress == QList<int>{1, 2});
    REQUIRE(bodies.size() == 2);
    CHECK(bodies[0].value(QStringLiteral("version")).toString() == QString(64, QLatin1Char('a')));
    CHECK(bodies[1].value(QStringLiteral("input")).toObject().value(QStringLiteral("prompt")).toString() == QStringLiteral("ALCX in snow"));
    REQUIRE(result->state.samples.size() == 2);
    CHECK(result->state.samples[0].path.isEmpty());
    CHECK_FALSE(result->state.samples[0].error.isEmpty());
    CHECK(result->step.contains(QStringLiteral("1 of 2 prompts failed")));
    const QString kept = result->state.samples[1].path;
    CHECK(kept.startsWith(QDir(lib->root()).filePath(QStringLiteral("trials"))));
    QFile file(kept);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == png);
    // Recorded with the training, so the history shows them after a restart.
    lib->writer().waitForIdle();
    auto record = Tasks::get(lib->catalog(), *task);
    REQUIRE(record);
    const auto saved = train::TrainingState::fromJson(QJsonDocument::fromJson(record->report.toUtf8()).object());
    REQUIRE(saved.samples.size() == 2);
    CHECK(saved.samples[1].prompt == QStringLiteral("ALCX in snow"));
    CHECK(saved.samples[1].path == kept);
    CHECK(saved.newVersion == state.newVersion);
}
