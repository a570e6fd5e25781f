package org.causalworkbench.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.causalworkbench.estimators.repr.grasp.GraspConfiguration;
import org.causalworkbench.estimators.repr.grasp.GraspMethod;
import org.causalworkbench.estimators.repr.grasp.GraspResult;
import org.causalworkbench.estimators.repr.grasp.MethodMetrics;
import org.causalworkbench.estimators.repr.grasp.SteeringPoint;

/**
 * Writes a GRASP experiment as the command line's JSON document.
 *
 * <p>The fields {@code identification {cosine, singularValues}} and {@code methods} with
 * {@code naive, grasp, ablation, steering}, each {@code {factorRate, taskError,
 * genuineUseAccuracy}}, form a stable contract. {@code ablation} is the ablation at inference
 * and {@code steering} the preventative steering during training. Fields after those are
 * additions: the number of identified directions {@code k}, the probe's R squared, the steering
 * coefficient, {@code methods.ablationDuringTraining}, the {@code steeringCurve} (both steering
 * baselines at several multiples of the naive write, decision record 0020) and the
 * configuration.
 */
public final class GraspJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * The key of each method under {@code methods}, in the order the JSON lists them. The
     * first four are the stable contract; {@code ablationDuringTraining} was added after.
     */
    private static final Map<GraspMethod, String> METHOD_KEYS = methodKeys();

    private GraspJson() {
    }

    /** Returns the method written under {@code key} in {@code methods}, if any. */
    public static Optional<GraspMethod> methodOfKey(String key) {
        return METHOD_KEYS.entrySet().stream().filter(entry -> entry.getValue().equals(key))
                .map(Map.Entry::getKey).findFirst();
    }

    private static Map<GraspMethod, String> methodKeys() {
        Map<GraspMethod, String> keys = new LinkedHashMap<>();
        keys.put(GraspMethod.NAIVE, "naive");
        keys.put(GraspMethod.GRASP, "grasp");
        keys.put(GraspMethod.ABLATION, "ablation");
        keys.put(GraspMethod.STEERING, "steering");
        keys.put(GraspMethod.ABLATION_DURING_TRAINING, "ablationDuringTraining");
        return Collections.unmodifiableMap(keys);
    }

    public static ObjectNode toJson(GraspConfiguration config, GraspResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode identification = root.putObject("identification");
        identification.put("cosine", result.cosine());
        ArrayNode singularValues = identification.putArray("singularValues");
        for (double value : result.identification().singularValues()) {
            singularValues.add(value);
        }
        identification.put("k", result.identification().count());
        identification.put("probeRSquared", result.probeRSquared());

        ObjectNode methods = root.putObject("methods");
        METHOD_KEYS.forEach((method, key) -> putMetrics(methods, key, result.metrics(method)));
        root.put("steeringCoefficient", result.steeringCoefficient());
        ArrayNode curve = root.putArray("steeringCurve");
        for (SteeringPoint point : result.steeringCurve()) {
            ObjectNode node = curve.addObject();
            node.put("multiple", point.multiple());
            node.put("coefficient", point.coefficient());
            putMetrics(node, "inference", point.inference());
            putMetrics(node, "preventative", point.preventative());
        }

        ObjectNode settings = root.putObject("configuration");
        settings.put("correlation", config.correlation());
        settings.put("complexity", config.complexity());
        settings.put("rank", config.rank());
        settings.put("seed", config.seed());
        settings.put("fineTuningEpochs", config.fineTuningEpochs());
        settings.put("readSide", config.readSide());
        return root;
    }

    static String toText(GraspConfiguration config, GraspResult result) {
        try {
            return MAPPER.writeValueAsString(toJson(config, result)) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("writing an in-memory JSON tree failed", impossible);
        }
    }

    private static void putMetrics(ObjectNode parent, String name, MethodMetrics metrics) {
        ObjectNode node = parent.putObject(name);
        node.put("factorRate", metrics.factorRate());
        node.put("taskError", metrics.taskError());
        node.put("genuineUseAccuracy", metrics.genuineUseAccuracy());
    }
}
