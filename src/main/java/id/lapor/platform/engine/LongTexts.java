package id.lapor.platform.engine;

import id.lapor.platform.UserText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.AbstractTypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * Texts longer than the engine's text column ({@code varchar(4000)}): a follow-up of 5,000 characters, a report's
 * description copied into its task's form, a long "bukan wewenang" reason. Camunda would fail on them at the commit
 * (500, the work lost); this serializer stores such a string in the variable's byte array instead and reads it back
 * as the same string (type String for Tasklist and the REST API). Beyond {@value #MAX} characters a text is refused
 * with 400 and a message: no form allows that much. (The other text columns of the engine, such as a form property's
 * history, do not get the long text: see {@link #excludes}.)
 */
@Component
class LongTexts extends AbstractProcessEnginePlugin implements NotInHistory {

    /** The engine's text column. */
    static final int COLUMN = 4000;
    static final int MAX = 100_000;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = new ArrayList<>();
        if (configuration.getCustomPreVariableSerializers() != null) {
            serializers.addAll(configuration.getCustomPreVariableSerializers());
        }
        serializers.add(new Serializer());
        configuration.setCustomPreVariableSerializers(serializers);
    }

    /**
     * A submitted form's field is recorded twice at history level full: as a form property (a text column of 4,000
     * characters) and as the variable it sets (which keeps the long text). The form property of a long text is left
     * out; the variable's history has it whole.
     */
    @Override
    public boolean excludes(HistoryEventFacts event) {
        return event.kind() == HistoryEventFacts.Kind.FORM_FIELD
                && event.formValue() instanceof String value && value.length() > COLUMN;
    }

    static final class Serializer extends AbstractTypedValueSerializer<StringValue> {

        Serializer() {
            super(ValueType.STRING);
        }

        @Override
        public String getName() {
            return "longString";
        }

        @Override
        protected boolean canWriteValue(TypedValue value) {
            return value.getValue() instanceof String text && text.length() > COLUMN;
        }

        @Override
        public void writeValue(StringValue value, ValueFields fields) {
            String text = value.getValue();
            if (text.length() > MAX) {
                throw new BadUserRequestException(UserText.both("task.text.too-long", MAX));
            }
            fields.setByteArrayValue(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public StringValue readValue(ValueFields fields, boolean deserialize, boolean asTransient) {
            byte[] bytes = fields.getByteArrayValue();
            return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8), asTransient);
        }

        @Override
        public StringValue convertToTypedValue(UntypedValueImpl untyped) {
            return Variables.stringValue((String) untyped.getValue(), untyped.isTransient());
        }
    }
}
