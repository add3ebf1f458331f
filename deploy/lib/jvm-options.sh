# Sourced by deploy/run and deploy/bench: the JVM options the services run with in their images and pods,
# so that a service started on a workstation grows no larger than one in production.
# - the heap a 512 MiB pod gives them (JAVA_MAX_MEM_RATIO=30 in deploy/k8s: 154 MB);
# - the images' collector (src/main/docker, run-java.sh): ParallelGC;
# - the images' JAVA_OPTS_APPEND: metaspace threshold 128 MB; generations of fixed sizes, the young a third of
#   the heap with survivor spaces of a sixth of it (the collector's adaptive sizing shrank the survivors under a
#   screening load until every request in flight was promoted, and the old generation filled every 2 s);
#   the native heap trimmed every 5 s;
# - exit on OutOfMemoryError, as a pod would be restarted.
service_jvm_options="-Xmx154m -XX:+UseParallelGC -XX:MetaspaceSize=128m -XX:NewRatio=2 -XX:SurvivorRatio=4 -XX:-UseAdaptiveSizePolicy -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
