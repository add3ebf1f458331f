# Sourced by deploy/run and .ci/run: points JAVA_HOME at a JDK 21 or newer, or fails saying so.
java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

select_java_home() {
    local candidate
    for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk* /usr/lib/jvm/temurin-21-jdk* /usr/lib/jvm/*; do
        if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "No JDK 21 or newer found (looked at JAVA_HOME and /usr/lib/jvm). Install one, e.g. Temurin 21 or 25, and set JAVA_HOME." >&2
    return 1
}
