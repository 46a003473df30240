// Undoable edits of a case: the only way the application changes its data.
//
// A command knows how to apply itself to a case and how to revert that, and says what it
// does in one line for the history list. Commands address entities by id (never by index),
// so they stay valid when other entities are added or removed in between.
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/case.hpp"

namespace rk::doc {

class Command {
  public:
    virtual ~Command() = default;
    virtual std::string description() const = 0;
    virtual void apply(Case& c) = 0;
    virtual void revert(Case& c) = 0;
    // Absorbs `next` (issued right after this one) into this command, so that a whole drag
    // or a slider movement becomes one step. Returns false when they cannot merge.
    virtual bool merge(const Command& next) {
        (void)next;
        return false;
    }
};

using CommandPtr = std::unique_ptr<Command>;

// Several commands applied as one step, reverted in reverse order.
class CompositeCommand final : public Command {
  public:
    explicit CompositeCommand(std::string description) : description_(std::move(description)) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override;
    void revert(Case& c) override;
    // Adds an already applied command, merging it into the last one where possible.
    void add_applied(CommandPtr cmd);
    bool empty() const { return children_.empty(); }
    std::size_t size() const { return children_.size(); }

  private:
    std::string description_;
    std::vector<CommandPtr> children_;
};

// The one step of every entity command: in `items`, the element with the id of `from`
// (or of `to`) becomes `to`; empty `to` erases it, and a missing one is inserted at
// `index` (clamped), so that undoing a deletion puts it back where it was.
template <typename T>
void put_by_id(std::vector<T>& items, const std::optional<T>& from, const std::optional<T>& to,
               std::size_t index) {
    const std::string& id = from ? from->id : (to ? to->id : std::string{});
    auto it = std::find_if(items.begin(), items.end(), [&](const T& e) { return e.id == id; });
    if (to) {
        if (it != items.end()) {
            *it = *to;
        } else {
            items.insert(items.begin() + static_cast<std::ptrdiff_t>(std::min(index, items.size())),
                         *to);
        }
    } else if (it != items.end()) {
        items.erase(it);
    }
}

// Replaces, inserts or erases one entity with an id in a collection of a scenario.
// `before` empty = insertion, `after` empty = erasure. `index` is where an inserted entity
// goes (clamped), so that undoing a deletion puts the entity back where it was.
template <typename T>
class EntityCommand final : public Command {
  public:
    EntityCommand(std::string description, std::string scenario, std::optional<T> before,
                  std::optional<T> after, std::size_t index)
        : description_(std::move(description)),
          scenario_(std::move(scenario)),
          before_(std::move(before)),
          after_(std::move(after)),
          index_(index) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override { put(c, before_, after_); }
    void revert(Case& c) override { put(c, after_, before_); }
    bool merge(const Command& next) override;

  private:
    void put(Case& c, const std::optional<T>& from, const std::optional<T>& to);
    std::string description_;
    std::string scenario_;
    std::optional<T> before_;
    std::optional<T> after_;
    std::size_t index_;
};

// Sets positions of actors in one scenario (a drag, a layout). Absent = no position.
class MoveCommand final : public Command {
  public:
    using Positions = std::vector<std::pair<std::string, std::optional<Position>>>;
    MoveCommand(std::string description, std::string scenario, Positions before, Positions after)
        : description_(std::move(description)),
          scenario_(std::move(scenario)),
          before_(std::move(before)),
          after_(std::move(after)) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override { put(c, after_); }
    void revert(Case& c) override { put(c, before_); }
    bool merge(const Command& next) override;

  private:
    void put(Case& c, const Positions& p);
    std::string description_;
    std::string scenario_;
    Positions before_;
    Positions after_;
};

// Replaces a whole value reachable from the case (regie elements, a dilemma observation,
// the case goal...). `Access` is a small struct with `static V* get(Case&, const Key&)`.
template <typename V, typename Access, typename Key = std::string>
class ValueCommand final : public Command {
  public:
    ValueCommand(std::string description, Key key, V before, V after)
        : description_(std::move(description)),
          key_(std::move(key)),
          before_(std::move(before)),
          after_(std::move(after)) {}
    std::string description() const override { return description_; }
    void apply(Case& c) override {
        if (V* v = Access::get(c, key_))
            *v = after_;
    }
    void revert(Case& c) override {
        if (V* v = Access::get(c, key_))
            *v = before_;
    }
    bool merge(const Command& next) override {
        auto* n = dynamic_cast<const ValueCommand*>(&next);
        if (!n || !(n->key_ == key_) || n->description_ != description_)
            return false;
        after_ = n->after_;
        return true;
    }

  private:
    std::string description_;
    Key key_;
    V before_;
    V after_;
};

}  // namespace rk::doc
