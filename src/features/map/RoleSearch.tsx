import { NodeCombobox } from "../../components/NodeCombobox";

interface RoleSearchProps {
  /** The search text kept in the address. */
  value: string;
  onChange: (text: string) => void;
  onChoose: (id: string) => void;
}

/** The map's search: type-ahead over every role and starting point; choosing one opens it. */
export function RoleSearch({ value, onChange, onChoose }: RoleSearchProps) {
  return (
    <NodeCombobox
      className="node-combobox role-search"
      label="Search for a role"
      hint="Try your job title, such as healthcare assistant or charge nurse, or an abbreviation such as PWP or RMN."
      savedText={value}
      onTextChange={onChange}
      onChoose={onChoose}
    />
  );
}
