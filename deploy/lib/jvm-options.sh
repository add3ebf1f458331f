# Sourced by deploy/run and deploy/bench: the JVM options the services run with in their images and pods,
# so that a service started on a workstation grows no larger than one in production.
# - the memory a 512 MiB pod's JVM sees (MaxRAM), of which the heap may take 30 % (JAVA_MAX_MEM_RATIO=30 in
#   deploy/k8s: 154 MB), so that the heap starts as small as in a pod: an -Xmx on a workstation's 24 GiB had given
#   the JVMs their whole heap from the start, where a pod's starts at 8 MB (a 64th of 512 MiB);
# - the images' collector (src/main/docker, run-java.sh): ParallelGC, giving memory back
#   (MinHeapFreeRatio=10, MaxHeapFreeRatio=20, AdaptiveSizePolicyWeight=90), with a GC time goal of 5 %
#   (GCTimeRatio=19: at the image default of 20 % the registry's heap shrank to 80 MB during an import
#   and was collected every few milliseconds);
# - the images' JAVA_OPTS_APPEND: metaspace threshold 128 MB, a young generation of a fifth of the heap,
#   the native heap trimmed every 5 s;
# - exit on OutOfMemoryError, as a pod would be restarted.
pod_memory="-XX:MaxRAM=512m -XX:MaxRAMPercentage=30"
service_jvm_options="$pod_memory -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=19 -XX:AdaptiveSizePolicyWeight=90 -XX:MetaspaceSize=128m -XX:NewRatio=4 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
# registry-service screens batches of 1,000 listings: its image fixes the generations' sizes, the young a third of
# the heap with survivor spaces of a sixth of it (the adaptive sizing shrank the survivors under that load until
# the requests in flight were promoted and the old generation filled every 2 s). Fixed sizes are cut from the heap
# the JVM starts with, so its heap starts whole: from a pod's 8 MB its young generation stayed at 2.5 MB. The
# collector's other options are run-java.sh's, as in its pod (its image keeps the GC time goal of 20 %).
registry_jvm_options="$pod_memory -XX:InitialRAMPercentage=30 -XX:+UseParallelGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -XX:GCTimeRatio=4 -XX:AdaptiveSizePolicyWeight=90 -XX:MetaspaceSize=128m -XX:NewRatio=2 -XX:SurvivorRatio=4 -XX:-UseAdaptiveSizePolicy -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError"
jvm_options_for() { # service -> its JVM options
    if [ "$1" = registry-service ]; then echo "$registry_jvm_options"; else echo "$service_jvm_options"; fi
}
