//! `redline history` as a user runs it: exit codes, the JSON shape, the order of versions,
//! the text and HTML reports, and where the output may go.

use std::fs;
use std::path::PathBuf;
use std::time::{Duration, SystemTime};

use assert_cmd::Command;
use serde_json::{Value, json};

fn redline() -> Command {
    let mut cmd = Command::cargo_bin("redline").expect("binary builds");
    cmd.env_remove("NO_COLOR");
    cmd
}

/// Writes `text` into `name` in `dir`, with its modification time `minutes` after a fixed
/// moment.
fn version(dir: &tempfile::TempDir, name: &str, text: &str, minutes: u64) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, text).expect("write version");
    let time = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000 + minutes * 60);
    fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(time))
        .expect("set time");
    path
}

const V1: &str = "Storm Closes Coastal Highway\n\nA winter storm closed the coastal highway \
                  north of Bayport on Sunday. Crews expect to clear fallen trees by Monday \
                  evening. Schools in the county will stay open.\n";
const V2: &str = "Storm Closes Coastal Highway\n\nA winter storm closed the coastal highway \
                  north of Bayport on Sunday. Crews now expect to clear the fallen trees by \
                  Tuesday morning. Schools in the county will stay open. Two drivers were \
                  treated for minor injuries.\n";
const V3: &str = "Storm Closes Coastal Highway\n\nTwo drivers were treated for minor \
                  injuries. A winter storm closed the coastal highway north of Bayport on \
                  Sunday. Crews now expect to clear the fallen trees by Tuesday morning.\n";

fn json_of(cmd: &mut Command) -> (Value, i32) {
    let output = cmd.output().expect("runs");
    let value = serde_json::from_slice(&output.stdout).expect("valid JSON");
    (value, output.status.code().expect("exit code"))
}

#[test]
fn json_has_the_documented_shape_and_exit_status_is_1_when_versions_differ() {
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        version(&dir, "v1.txt", V1, 0),
        version(&dir, "v2.txt", V2, 10),
        version(&dir, "v3.txt", V3, 20),
    ];
    let output = redline()
        .args(["history", "--format", "json"])
        .args(&paths)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        output
            .stdout
            .starts_with(br#"{"format_version":1,"versions":[{"path":"#)
    );
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let mut keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["format_version", "steps", "threads", "versions"]);
    assert_eq!(value["format_version"], 1);
    let versions = value["versions"].as_array().unwrap();
    assert_eq!(versions.len(), 3);
    assert_eq!(versions[0]["name"], "v1.txt");
    assert_eq!(versions[0]["encoding"], "UTF-8");
    assert_eq!(
        versions[0]["sentences"][0]["text"],
        "Storm Closes Coastal Highway"
    );
    let steps = value["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 2);
    assert_eq!(
        (steps[1]["from"].clone(), steps[1]["to"].clone()),
        (json!(1), json!(2))
    );
    assert_eq!(steps[0]["summary"]["modified"], 1);
    assert_eq!(steps[0]["summary"]["added"], 1);
    assert_eq!(steps[0]["summary"]["identical"], false);
    assert!(steps[0]["rows"][0]["kind"].is_string());

    let threads = value["threads"].as_array().unwrap();
    // The crews sentence: reworded in v2, unchanged in v3 (in another place, as a shared row
    // since the injury sentence moved ahead of it).
    assert_eq!(
        threads[2],
        json!([
            {"version": 0, "sentence": 2, "kind": "first"},
            {"version": 1, "sentence": 2, "kind": "modified"},
            {"version": 2, "sentence": 3, "kind": "shared"}
        ])
    );
    // The schools sentence is cut in v3; the injuries sentence is added in v2 and moved in v3.
    assert_eq!(
        threads[3][2],
        json!({"version": 2, "sentence": null, "kind": "removed"})
    );
    assert_eq!(
        threads[4],
        json!([
            {"version": 1, "sentence": 4, "kind": "added"},
            {"version": 2, "sentence": 1, "kind": "moved"}
        ])
    );
    // Every sentence of every version is in exactly one thread.
    for (k, version) in versions.iter().enumerate() {
        for s in 0..version["sentences"].as_array().unwrap().len() {
            let holders = threads
                .iter()
                .flat_map(|t| t.as_array().unwrap())
                .filter(|e| e["version"] == k && e["sentence"] == s)
                .count();
            assert_eq!(holders, 1, "version {k} sentence {s}");
        }
    }
}

#[test]
fn exit_status_is_0_when_all_versions_are_the_same_under_the_options() {
    let dir = tempfile::tempdir().unwrap();
    let a = version(&dir, "a.txt", V1, 0);
    let rewrapped = version(&dir, "b.txt", &V1.replace(" on Sunday.", "\non Sunday."), 1);
    let shouted = version(&dir, "c.txt", &V1.to_uppercase(), 2);
    redline()
        .arg("history")
        .args([&a, &rewrapped, &a])
        .assert()
        .code(0);
    redline()
        .arg("history")
        .args([&a, &rewrapped, &shouted])
        .assert()
        .code(1);
    redline()
        .args(["history", "--ignore-case"])
        .args([&a, &rewrapped, &shouted])
        .assert()
        .code(0);
}

#[test]
fn order_time_sorts_by_modification_time() {
    let dir = tempfile::tempdir().unwrap();
    let newest = version(&dir, "c.txt", V3, 30);
    let oldest = version(&dir, "a.txt", V1, 5);
    let middle = version(&dir, "b.txt", V2, 10);
    let names = |order: &str| {
        let (value, _) = json_of(
            redline()
                .args(["history", "--format", "json", "--order", order])
                .args([&newest, &oldest, &middle]),
        );
        value["versions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v["name"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(names("given"), ["c.txt", "a.txt", "b.txt"]);
    assert_eq!(names("time"), ["a.txt", "b.txt", "c.txt"]);
}

#[test]
fn text_lists_the_steps_then_the_threads_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        version(&dir, "v1.txt", V1, 0),
        version(&dir, "v2.txt", V2, 1),
    ];
    let output = redline().arg("history").args(&paths).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("v1 v1.txt (UTF-8, 4 sentences)\nv2 v2.txt (UTF-8, 5 sentences): "));
    assert!(text.contains("2 of 5 threads changed"), "{text}");
    assert!(
        text.contains("v1 sentence 3: in v1, modified in v2"),
        "{text}"
    );
    assert!(text.contains("{+Tuesday morning+}"), "{text}");
    assert!(!text.contains('\x1b'), "piped output is plain");
}

#[test]
fn html_goes_to_the_output_file_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let paths = [
        version(&dir, "v1.txt", V1, 0),
        version(
            &dir,
            "<v2>.txt",
            &V2.replace("Sunday", "Sunday & <b>Monday</b>"),
            1,
        ),
    ];
    let page = dir.path().join("history.html");
    redline()
        .args(["history", "--format", "html", "--output"])
        .arg(&page)
        .args(&paths)
        .assert()
        .code(1)
        .stdout("");
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("&lt;v2&gt;.txt") && !html.contains("<b>Monday"));
    assert!(
        html.contains("2023-11-14 22:13 UTC"),
        "the first version's time"
    );

    let before = fs::read(&paths[1]).unwrap();
    let refused = redline()
        .args(["history", "--output"])
        .arg(&paths[1])
        .args(&paths)
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(
        stderr.ends_with("refusing to overwrite an input file\n"),
        "{stderr}"
    );
    assert_eq!(fs::read(&paths[1]).unwrap(), before);
}

#[test]
fn errors_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let a = version(&dir, "a.txt", V1, 0);
    // One version is not a history.
    redline().arg("history").arg(&a).assert().code(2);
    let missing = redline()
        .arg("history")
        .arg(&a)
        .arg(dir.path().join("gone.txt"))
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    let stderr = String::from_utf8(missing.stderr).unwrap();
    assert!(stderr.starts_with("redline: ") && stderr.ends_with("gone.txt: no such file\n"));
    assert_eq!(stderr.lines().count(), 1);
    assert!(missing.stdout.is_empty());
    redline()
        .args(["history", "--threshold", "2"])
        .args([&a, &a])
        .assert()
        .code(2);
}

#[test]
fn a_folder_stands_for_its_versions_oldest_first() {
    let dir = tempfile::tempdir().unwrap();
    // A folder stands for its files, oldest first.
    let folder = dir.path().join("story");
    std::fs::create_dir(&folder).unwrap();
    let versions = [
        ("b.txt", "The council met. The vote was 7-5.", 200),
        (
            "c.txt",
            "The council met on Tuesday. The vote was 7-5.",
            100,
        ),
        ("a.txt", "The council met. The vote was 7-4.", 300),
    ];
    for (name, text, age) in versions {
        let path = folder.join(name);
        std::fs::write(&path, text).unwrap();
        let time = std::time::SystemTime::now() - std::time::Duration::from_secs(age);
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(time).unwrap();
    }
    let output = redline()
        .args(["history", "--format", "json"])
        .arg(&folder)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let json: serde_json::Value = serde_json::from_slice(&output).unwrap();
    let names: Vec<&str> = json["versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.txt", "b.txt", "c.txt"]);
    // One version is no history.
    let lonely = dir.path().join("lonely");
    std::fs::create_dir(&lonely).unwrap();
    std::fs::write(lonely.join("only.txt"), "Only one.").unwrap();
    redline()
        .arg("history")
        .arg(&lonely)
        .assert()
        .code(2)
        .stderr("redline: history needs at least two versions (got 1)\n");
}
