package metrics

import (
	"runtime"
	"testing"
)

// The memory figures loadgen and operators compare: RSS, heap in use and
// the live heap after GC.
func TestRuntimeMemoryMetrics(t *testing.T) {
	m := New()
	runtime.GC() // the live heap is what the last GC marked
	families, err := m.Registry.Gather()
	if err != nil {
		t.Fatalf("gather: %v", err)
	}
	values := map[string]float64{}
	for _, f := range families {
		if len(f.GetMetric()) == 1 && f.GetMetric()[0].GetGauge() != nil {
			values[f.GetName()] = f.GetMetric()[0].GetGauge().GetValue()
		}
	}
	for _, name := range []string{"go_gc_heap_live_bytes", "go_memstats_heap_inuse_bytes", "process_resident_memory_bytes"} {
		v, ok := values[name]
		if !ok {
			t.Errorf("%s not exported", name)
			continue
		}
		if v <= 0 {
			t.Errorf("%s = %v, want > 0", name, v)
		}
	}
}
