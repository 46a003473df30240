#include "doc/autosave.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/case_io.hpp"

namespace rk::doc {

namespace fs = std::filesystem;

namespace {

std::string hash_hex(const std::string& s) {
    std::uint64_t h = 1469598103934665603ull;  // FNV-1a 64
    for (unsigned char ch : s) {
        h ^= ch;
        h *= 1099511628211ull;
    }
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::string utc_now_iso() {
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

constexpr const char* kCaseSuffix = ".regie.json";
constexpr const char* kManifestSuffix = ".manifest.json";

}  // namespace

fs::path default_recovery_dir() {
    if (const char* x = std::getenv("XDG_STATE_HOME"); x && *x) {
        return fs::path(x) / "regiekaart" / "recovery";
    }
    if (const char* h = std::getenv("HOME"); h && *h) {
        return fs::path(h) / ".local" / "state" / "regiekaart" / "recovery";
    }
    return fs::temp_directory_path() / "regiekaart" / "recovery";
}

std::vector<RecoveryEntry> find_recoveries(const fs::path& dir) {
    std::vector<RecoveryEntry> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        const std::string suffix = kManifestSuffix;
        if (name.size() <= suffix.size() ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0) {
            continue;
        }
        const std::string key = name.substr(0, name.size() - suffix.size());
        RecoveryEntry e;
        e.manifest_file = entry.path();
        e.case_file = dir / (key + kCaseSuffix);
        if (!fs::exists(e.case_file, ec))
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        auto j = nlohmann::json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
        if (!j.is_object())
            continue;
        e.original = j.value("original", std::string{});
        e.title = j.value("title", std::string{});
        e.saved_at = j.value("saved_at", std::string{});
        out.push_back(std::move(e));
    }
    std::sort(out.begin(), out.end(), [](const RecoveryEntry& a, const RecoveryEntry& b) {
        return a.saved_at > b.saved_at;
    });
    return out;
}

void discard_recovery(const RecoveryEntry& e) {
    std::error_code ec;
    fs::remove(e.manifest_file, ec);
    fs::remove(e.case_file, ec);
}

Autosaver::Autosaver(fs::path dir, std::chrono::seconds interval)
    : dir_(std::move(dir)), interval_(interval) {
    static int counter = 0;  // distinguishes several untitled documents of one process
    untitled_key_ = "untitled-" + std::to_string(::getpid()) + "-" + std::to_string(++counter);
}

std::string Autosaver::key_for(const Document& doc) const {
    if (doc.path().empty())
        return hash_hex(untitled_key_);
    std::error_code ec;
    fs::path abs = fs::absolute(doc.path(), ec);
    return hash_hex((ec ? doc.path() : abs).lexically_normal().string());
}

fs::path Autosaver::case_path_for(const Document& doc) const {
    return dir_ / (key_for(doc) + kCaseSuffix);
}

fs::path Autosaver::manifest_path_for(const Document& doc) const {
    return dir_ / (key_for(doc) + kManifestSuffix);
}

bool Autosaver::tick(const Document& doc, Clock::time_point now) {
    if (!doc.dirty() || doc.revision() == written_revision_)
        return false;
    if (last_write_ && now - *last_write_ < interval_)
        return false;
    last_write_ = now;
    return write_now(doc);
}

bool Autosaver::write_now(const Document& doc) {
    std::error_code ec;
    fs::create_directories(dir_, ec);
    if (ec) {
        last_error_ = dir_.string() + ": " + ec.message();
        return false;
    }
    SaveOptions opts;
    opts.keep_backup = false;
    SaveResult r = save_text_file_atomic(serialize_case_json(doc.data()), case_path_for(doc), opts);
    if (!r.ok) {
        last_error_ = r.error;
        return false;
    }
    nlohmann::json m;
    std::error_code ec2;
    m["original"] = doc.path().empty() ? std::string{} : fs::absolute(doc.path(), ec2).string();
    m["title"] = doc.data().title;
    m["saved_at"] = utc_now_iso();
    m["revision"] = doc.revision();
    r = save_text_file_atomic(m.dump(2) + "\n", manifest_path_for(doc), opts);
    if (!r.ok) {
        last_error_ = r.error;
        return false;
    }
    written_revision_ = doc.revision();
    last_error_.clear();
    return true;
}

void Autosaver::discard(const Document& doc) {
    std::error_code ec;
    fs::remove(manifest_path_for(doc), ec);
    fs::remove(case_path_for(doc), ec);
    written_revision_ = doc.revision();
}

}  // namespace rk::doc
